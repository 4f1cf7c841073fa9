package org.trackone.dialogue.internal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.trackone.dialogue.Meeting;
import org.trackone.dialogue.MeetingKind;
import org.trackone.dialogue.Session;
import org.trackone.dialogue.SessionRecordRule;

/** A meeting as the API shows it. */
record MeetingResponse(long id, String body, MeetingKind kind, @Nullable Integer number, @Nullable String numeral,
        String title, LocalDate startsOn, LocalDate endsOn, String venue, @Nullable String host,
        @Nullable LocalDate periodFrom, @Nullable LocalDate periodTo, @Nullable Instant perspectiveDeadline,
        String description, List<SessionResponse> sessions, int version, String calendar) {

    static MeetingResponse of(Meeting m) {
        return new MeetingResponse(m.id(), m.bodyCode(), m.kind(), m.number(), m.number() == null ? null : m.numeral(),
                m.title(), m.startsOn(), m.endsOn(), m.venue(), m.hostCode(), m.periodFrom(), m.periodTo(),
                m.perspectiveDeadline(), m.description(), m.sessions().stream().map(SessionResponse::of).toList(),
                m.version(), "/meetings/" + m.id() + "/calendar.ics");
    }

    record SessionResponse(int position, String title, LocalDate heldOn, SessionRecordRule recordRule,
            List<String> agenda) {

        static SessionResponse of(Session s) {
            return new SessionResponse(s.position(), s.title(), s.heldOn(), s.recordRule(), s.agenda());
        }
    }
}
