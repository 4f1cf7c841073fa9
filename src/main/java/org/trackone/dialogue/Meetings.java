package org.trackone.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.dialogue.SeriesCadence.DateRange;
import org.trackone.dialogue.SeriesCadence.ProposedPlenary;
import org.trackone.dialogue.internal.MeetingRepository;
import org.trackone.dialogue.internal.RecordRepository;
import org.trackone.framework.Body;
import org.trackone.framework.FrameworkDirectory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meetings of the framework's bodies: reading them, and the secretariat's scheduling.
 * A change runs in one transaction: every rule is checked first, a failed check writes
 * nothing; the arrangements it replaces are kept as a revision.
 */
@Service
public class Meetings {

    private final MeetingRepository repository;
    private final RecordRepository records;
    private final FrameworkDirectory framework;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    Meetings(MeetingRepository repository, RecordRepository records, FrameworkDirectory framework,
            ApplicationEventPublisher events, JsonMapper json) {
        this.repository = repository;
        this.records = records;
        this.framework = framework;
        this.events = events;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings(@Nullable String bodyCode, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (bodyCode != null) {
            framework.body(bodyCode);
        }
        return repository.meetings(bodyCode, from, to);
    }

    @Transactional(readOnly = true)
    public Meeting meeting(long id) {
        return repository.meeting(id).orElseThrow(() -> new NotFound("meeting", id));
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> findMeeting(long id) {
        return repository.meeting(id);
    }

    /** The rules the body's members adopted, else those of the body it is part of, else the defaults. */
    @Transactional(readOnly = true)
    public DialogueRules rules(String bodyCode) {
        Body body = framework.body(bodyCode);
        Optional<DialogueRules> own = repository.rules(bodyCode);
        if (own.isPresent()) {
            return own.get();
        }
        return body.parentCode() == null ? DialogueRules.defaults(bodyCode) : rules(body.parentCode());
    }

    /** Records a new version of a body's rules; the newest applies from now on. */
    @Transactional
    public DialogueRules adoptRules(DialogueRules rules, String actor) {
        framework.findBody(rules.bodyCode()).orElseThrow(() -> new RuleViolation("body", "dialogue.meeting.unknownBody",
                rules.bodyCode()));
        if (rules.perspectiveDeadlineDays() < 0 || rules.perspectiveDeadlineDays() > 365) {
            throw new RuleViolation("perspectiveDeadlineDays", "dialogue.rules.deadlineDays");
        }
        repository.insertRules(rules, actor);
        return rules;
    }

    /**
     * The next plenary of a body, proposed from its cadence after its latest plenary and
     * clear of its other meetings; empty when the body has no cadence or no plenary yet.
     */
    @Transactional(readOnly = true)
    public Optional<ProposedPlenary> proposeNextPlenary(String bodyCode) {
        SeriesCadence cadence = rules(bodyCode).cadence();
        List<Meeting> meetings = repository.meetings(bodyCode, null, null);
        Optional<Meeting> last = meetings.stream().filter(m -> m.kind() == MeetingKind.PLENARY)
                .max(Comparator.comparing(Meeting::startsOn));
        if (cadence == null || last.isEmpty()) {
            return Optional.empty();
        }
        List<DateRange> busy = meetings.stream().map(m -> new DateRange(m.startsOn(), m.endsOn())).toList();
        return Optional.of(cadence.proposeAfter(last.get().startsOn(), last.get().endsOn(), busy));
    }

    @Transactional
    public Meeting schedule(MeetingDetails details, String actor) {
        String bodyCode = required("body", details.body());
        // Locked before the body is read: a change of the body's record rule waits for this
        // meeting (SessionRulesGuard takes the same lock), or this reads the changed rule.
        repository.lockBody(bodyCode);
        Body body = framework.findBody(bodyCode)
                .orElseThrow(() -> new RuleViolation("body", "dialogue.meeting.unknownBody", bodyCode));
        Meeting meeting = checked(0, body, details, 1);
        long id = repository.insert(meeting, actor);
        events.publishEvent(new MeetingScheduled(id, body.code(), 1));
        return meeting(id);
    }

    @Transactional
    public Meeting change(long id, MeetingDetails details, String actor) {
        Meeting existing = meeting(id);
        if (details.body() != null && !details.body().equals(existing.bodyCode())) {
            throw new RuleViolation("body", "dialogue.meeting.bodyFixed", existing.bodyCode());
        }
        repository.lockBody(existing.bodyCode());
        Body body = framework.body(existing.bodyCode());
        Meeting changed = checked(id, body, details, existing.version() + 1);
        // A record being started now is either seen below or starts after this change commits.
        records.lockRecords(id);
        for (RapporteurDesignation designation : records.rapporteurs(id)) {
            if (changed.session(designation.sessionPosition()) == null) {
                throw new RuleViolation("sessions", "dialogue.session.hasRapporteur", designation.sessionPosition());
            }
        }
        for (int position : records.sessionsWithRecords(id)) {
            Session before = existing.session(position);
            Session after = changed.session(position);
            if (after == null) {
                throw new RuleViolation("sessions", "dialogue.session.hasRecord", position);
            }
            if (before != null && before.recordRule() != after.recordRule()) {
                throw new RuleViolation("sessions[" + (position - 1) + "].recordRule", "dialogue.session.ruleFixed");
            }
        }
        repository.insertRevision(id, existing.version(), json.writeValueAsString(existing), actor);
        repository.update(changed);
        events.publishEvent(new MeetingScheduled(id, body.code(), changed.version()));
        return meeting(id);
    }

    /** The meeting as it would be saved, after every rule is checked. */
    private Meeting checked(long id, Body body, MeetingDetails details, int version) {
        MeetingKind kind = required("kind", details.kind());
        LocalDate startsOn = required("startsOn", details.startsOn());
        LocalDate endsOn = required("endsOn", details.endsOn());
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolation("endsOn", "dialogue.meeting.endsBeforeStart");
        }
        if (endsOn.isAfter(startsOn.plusDays(31))) {
            throw new RuleViolation("endsOn", "dialogue.meeting.tooLong", 31);
        }
        String host = blankToNull(details.host());
        if (host != null && framework.findParticipant(host).isEmpty()) {
            throw new RuleViolation("host", "dialogue.meeting.unknownHost", host);
        }
        List<Meeting> others = repository.meetings(body.code(), null, null).stream().filter(m -> m.id() != id).toList();
        for (Meeting other : others) {
            if (other.overlaps(startsOn, endsOn)) {
                throw new RuleViolation("startsOn", "dialogue.meeting.overlaps", other.title(), other.startsOn(),
                        other.endsOn());
            }
        }
        Integer number = number(id, body, kind, details.number());
        LocalDate periodFrom = details.periodFrom();
        LocalDate periodTo = details.periodTo();
        if (periodFrom == null && periodTo == null && kind == MeetingKind.PLENARY) {
            Optional<Meeting> previous = others.stream()
                    .filter(m -> m.kind() == MeetingKind.PLENARY && m.endsOn().isBefore(startsOn))
                    .max(Comparator.comparing(Meeting::startsOn));
            if (previous.isPresent()) {
                periodFrom = previous.get().endsOn().plusDays(1);
                periodTo = startsOn.minusDays(1);
            }
        }
        if (periodFrom != null && periodTo != null && periodFrom.isAfter(periodTo)) {
            throw new RuleViolation("periodTo", "dialogue.meeting.periodOrder");
        }
        if (periodTo != null && periodTo.isAfter(endsOn)) {
            throw new RuleViolation("periodTo", "dialogue.meeting.periodAfterMeeting");
        }
        Instant deadline = details.perspectiveDeadline();
        if (deadline == null) {
            int days = rules(body.code()).perspectiveDeadlineDays();
            deadline = startsOn.minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
        } else if (deadline.isAfter(endsOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            throw new RuleViolation("perspectiveDeadline", "dialogue.meeting.deadlineAfterMeeting");
        }
        List<Session> sessions = new ArrayList<>();
        List<SessionDetails> given = details.sessions() == null ? List.of() : details.sessions();
        for (int i = 0; i < given.size(); i++) {
            SessionDetails session = given.get(i);
            String field = "sessions[" + i + "]";
            LocalDate heldOn = required(field + ".heldOn", session.heldOn());
            if (heldOn.isBefore(startsOn) || heldOn.isAfter(endsOn)) {
                throw new RuleViolation(field + ".heldOn", "dialogue.session.outsideMeeting");
            }
            List<String> agenda = session.agenda() == null ? List.of()
                    : session.agenda().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            SessionRecordRule rule = required(field + ".recordRule", session.recordRule());
            SessionRecordRule leastStrict = SessionRecordRule.leastStrictUnder(body.recordRule());
            if (!rule.atLeastAsStrictAs(leastStrict)) {
                throw new RuleViolation(field + ".recordRule", "dialogue.session.lessStrictThanBody", body.name(),
                        new DefaultMessageSourceResolvable("sessionRecordRule." + leastStrict.name()));
            }
            sessions.add(new Session(0, i + 1, required(field + ".title", session.title()).strip(), heldOn, rule,
                    agenda));
        }
        String description = details.description() == null ? "" : details.description().strip();
        return new Meeting(id, body.code(), kind, number, required("title", details.title()).strip(), startsOn,
                endsOn, required("venue", details.venue()).strip(), host, periodFrom, periodTo, deadline, description,
                sessions, version);
    }

    private @Nullable Integer number(long id, Body body, MeetingKind kind, @Nullable Integer given) {
        if (!kind.numbered()) {
            if (given != null) {
                throw new RuleViolation("number", "dialogue.meeting.numberOnlyPlenary");
            }
            return null;
        }
        if (given == null) {
            return repository.highestNumber(body.code(), kind) + 1;
        }
        if (repository.numberTaken(body.code(), kind, given, id)) {
            throw new RuleViolation("number", "dialogue.meeting.numberTaken", given);
        }
        return given;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <T> T required(String field, @Nullable T value) {
        return Required.value(field, value);
    }
}
