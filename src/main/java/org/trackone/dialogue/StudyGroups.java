package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.dialogue.internal.StudyGroupRepository;
import org.trackone.framework.Body;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Track;

/**
 * Study groups and workshops, and the flow from track two to track one: a memorandum of
 * recommendations addressed to a track-one body, and that body's response to each
 * (taken up, noted, declined), recorded as it comes; a later response supersedes an
 * earlier one without erasing it.
 */
@Service
public class StudyGroups {

    private final StudyGroupRepository repository;
    private final FrameworkDirectory framework;

    StudyGroups(StudyGroupRepository repository, FrameworkDirectory framework) {
        this.repository = repository;
        this.framework = framework;
    }

    @Transactional(readOnly = true)
    public List<StudyGroup> groups() {
        return repository.codes().stream().map(code -> repository.group(code).orElseThrow()).toList();
    }

    @Transactional(readOnly = true)
    public StudyGroup group(String code) {
        return repository.group(code).orElseThrow(() -> new NotFound("study group", code));
    }

    @Transactional
    public StudyGroup create(StudyGroupDetails details, String actor) {
        String code = required("code", details.code());
        String bodyCode = required("body", details.body());
        if (framework.findBody(bodyCode).isEmpty()) {
            throw new RuleViolation("body", "dialogue.meeting.unknownBody", bodyCode);
        }
        LocalDate from = required("termFrom", details.termFrom());
        LocalDate to = required("termTo", details.termTo());
        if (to.isBefore(from)) {
            throw new RuleViolation("termTo", "dialogue.study.termOrder");
        }
        List<String> members = details.members() == null ? List.of()
                : details.members().stream().map(String::strip).filter(m -> !m.isEmpty()).distinct().toList();
        StudyGroup group = new StudyGroup(code, required("name", details.name()).strip(),
                required("kind", details.kind()), bodyCode, required("mandate", details.mandate()).strip(), from, to,
                members, List.of(), List.of());
        if (!repository.insertGroup(group, actor)) {
            throw new RuleViolation("code", "validation.code.taken", code);
        }
        return group(code);
    }

    /** A memorandum of recommendations, addressed to a body of track one. */
    @Transactional
    public StudyGroup submitMemorandum(String groupCode, MemorandumDetails details, String actor) {
        StudyGroup group = group(groupCode);
        String addressedTo = required("addressedTo", details.addressedTo());
        Body body = framework.findBody(addressedTo)
                .orElseThrow(() -> new RuleViolation("addressedTo", "dialogue.meeting.unknownBody", addressedTo));
        if (body.track() != Track.ONE) {
            throw new RuleViolation("addressedTo", "dialogue.study.notTrackOne", body.name());
        }
        LocalDate submittedOn = required("submittedOn", details.submittedOn());
        if (submittedOn.isBefore(group.termFrom())) {
            throw new RuleViolation("submittedOn", "dialogue.study.beforeTerm");
        }
        List<String> recommendations = details.recommendations() == null ? List.of()
                : details.recommendations().stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
        if (recommendations.isEmpty()) {
            throw new RuleViolation("recommendations", "dialogue.study.noRecommendations");
        }
        repository.insertMemorandum(groupCode, required("title", details.title()).strip(), addressedTo, submittedOn,
                recommendations, actor);
        return group(groupCode);
    }

    /** Records the track-one body's response to a recommendation. */
    @Transactional
    public StudyGroup respond(long recommendationId, @Nullable RecommendationResponse response, @Nullable String note,
            @Nullable LocalDate respondedOn, String actor) {
        String groupCode = repository.groupOfRecommendation(recommendationId)
                .orElseThrow(() -> new NotFound("recommendation", recommendationId));
        String text = note == null ? "" : note.strip();
        if (text.length() > 2000) {
            throw new RuleViolation("note", "validation.tooLong", 2000);
        }
        repository.insertResponse(recommendationId, required("response", response), text,
                required("respondedOn", respondedOn), actor);
        return group(groupCode);
    }

    private static <T> T required(String field, @Nullable T value) {
        return Required.value(field, value);
    }
}
