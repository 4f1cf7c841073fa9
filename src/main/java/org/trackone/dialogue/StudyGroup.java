package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A study group, workshop or study project of a dialogue body: its mandate, members and
 * term, the studies it published and the memoranda of recommendations it addressed to
 * track one, each recommendation with the responses recorded so far.
 */
public record StudyGroup(String code, String name, Kind kind, String bodyCode, String mandate, LocalDate termFrom,
        LocalDate termTo, List<String> members, List<Study> studies, List<Memorandum> memoranda) {

    public enum Kind { STUDY_GROUP, WORKSHOP, STUDY_PROJECT }

    public record Study(long id, String title, String summary, LocalDate publishedOn) {
    }

    /** Recommendations addressed to a track-one body. */
    public record Memorandum(long id, String title, String addressedTo, LocalDate submittedOn,
            List<Recommendation> recommendations) {
    }

    /** One recommendation, with every response recorded for it, oldest first. */
    public record Recommendation(long id, int position, String text, List<Response> responses) {

        /** The response that stands: the latest one; null while the body has not responded. */
        public @Nullable Response current() {
            return responses.isEmpty() ? null : responses.get(responses.size() - 1);
        }
    }

    public record Response(RecommendationResponse response, String note, LocalDate respondedOn) {
    }
}
