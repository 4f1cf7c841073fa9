package org.trackone.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.access.Account;
import org.trackone.access.Accounts;
import org.trackone.access.Role;
import org.trackone.dialogue.internal.InvitationRepository;
import org.trackone.dialogue.internal.RecordRepository;
import org.trackone.framework.Body;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.RecordRule;

/**
 * Attendance and the records of sessions. The secretariat designates the rapporteur of
 * each session (an attendee, never an observer), who alone starts and drafts its record;
 * the amendment phase opens the record to attendees; final locks it. Every change is a new
 * version. Under the Chatham House Rule, off the record and in closed sessions no
 * statement carries a speaker or an affiliation: the service refuses them (and the
 * database would too). Who reads what:
 * <ul>
 * <li>a draft: its rapporteur only;</li>
 * <li>in the amendment phase: the rapporteur and the meeting's attendees;</li>
 * <li>final: everyone for sessions on the record or under the Chatham House Rule; only
 *     attendees for off-the-record and closed sessions.</li>
 * </ul>
 */
@Service
public class Records {

    static final int MAX_NAME = 200;
    /** What {@code @PlainText} allows: no control characters but tab and line breaks. */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*");

    public static final int MAX_STATEMENTS = 200;
    public static final int MAX_STATEMENT = 10_000;

    private final RecordRepository repository;
    private final InvitationRepository invitations;
    private final Meetings meetings;
    private final Accounts accounts;
    private final FrameworkDirectory framework;
    private final ApplicationEventPublisher events;

    Records(RecordRepository repository, InvitationRepository invitations, Meetings meetings, Accounts accounts,
            FrameworkDirectory framework, ApplicationEventPublisher events) {
        this.repository = repository;
        this.invitations = invitations;
        this.meetings = meetings;
        this.accounts = accounts;
        this.framework = framework;
        this.events = events;
    }

    // Attendance

    /**
     * The secretariat registers a person. For a meeting of a body whose records are not
     * public, only a person invited, or a delegate of an invited delegation, in the invited
     * capacity, where neither the person nor the delegation declined.
     */
    @Transactional
    public Attendance register(long meetingId, @Nullable String username, @Nullable String participant,
            @Nullable AttendanceCapacity capacity, String actor) {
        Meeting meeting = meetings.meeting(meetingId);
        Person person = person(username, participant, capacity);
        String name = person.username();
        String code = person.participant();
        if (framework.body(meeting.bodyCode()).recordRule() != RecordRule.PUBLIC) {
            // Not a public meeting: only the invited, in the capacity invited. The invitation is locked,
            // so that an answer given meanwhile is seen here, or waits.
            Invited invited = invited(meetingId, name);
            if (invited.declined()) {
                throw invited.personal() ? new RuleViolation("username", "dialogue.attendance.declined", name)
                        : new RuleViolation("username", "dialogue.invitation.delegationDeclined",
                                String.valueOf(invited.participant()));
            }
            if (invited.capacity() != person.capacity()) {
                throw new RuleViolation("capacity", "dialogue.attendance.invitedAs",
                        new DefaultMessageSourceResolvable("attendanceCapacity." + invited.capacity().name()));
            }
            if (!invited.personal() && code != null && !code.equals(invited.participant())) {
                throw new RuleViolation("participant", "dialogue.attendance.invitedFor",
                        String.valueOf(invited.participant()));
            }
            if (code == null) {
                code = invited.participant();
            }
        }
        if (!repository.register(meetingId, name, code, person.capacity(), actor)) {
            throw new RuleViolation("username", "dialogue.attendance.already", name);
        }
        return repository.attendance(meetingId).stream().filter(a -> a.username().equals(name)).findFirst()
                .orElseThrow();
    }

    /** How a person is invited to a meeting: by name, or as a delegate of an invited delegation. */
    private record Invited(boolean personal, @Nullable String participant, AttendanceCapacity capacity,
            boolean declined) {
    }

    /**
     * The person's own invitation, locked; else, for a delegate, their delegation's, locked.
     * A personal invitation comes first: its answer is the person's own.
     */
    private Invited invited(long meetingId, String username) {
        Optional<Invitation> personal = invitations.invitation(meetingId, username).map(found -> {
            invitations.lock(found.id());
            return invitations.invitation(found.id()).orElseThrow();
        });
        if (personal.isPresent()) {
            Invitation invitation = personal.get();
            return new Invited(true, invitation.participant(), invitation.capacity(), invitation.declined());
        }
        return accounts.find(username).filter(a -> a.role() == Role.DELEGATE).map(Account::participant)
                .flatMap(delegation -> invitations.delegationInvitation(meetingId, delegation))
                .map(found -> {
                    invitations.lockDelegation(found.id());
                    DelegationInvitation invitation = invitations.delegationInvitation(found.id()).orElseThrow();
                    return new Invited(false, invitation.participant(), invitation.capacity(), invitation.declined());
                })
                .orElseThrow(() -> new RuleViolation("username", "dialogue.attendance.notInvited", username));
    }

    /** A person to register or invite, checked: an account, perhaps for a known participant, in a capacity. */
    record Person(String username, @Nullable String participant, AttendanceCapacity capacity) {
    }

    Person person(@Nullable String username, @Nullable String participant, @Nullable AttendanceCapacity capacity) {
        String name = Required.value("username", username).strip();
        if (accounts.find(name).isEmpty()) {
            throw new RuleViolation("username", "dialogue.attendance.unknownAccount", name);
        }
        AttendanceCapacity given = Required.value("capacity", capacity);
        String code = participant == null || participant.isBlank() ? null : participant.strip();
        if (code != null && framework.findParticipant(code).isEmpty()) {
            throw new RuleViolation("participant", "dialogue.meeting.unknownHost", code);
        }
        return new Person(name, code, given);
    }

    /**
     * The attendance list; where the body is not public or any session is not on the record,
     * only for attendees and the secretariat.
     */
    @Transactional(readOnly = true)
    public List<Attendance> attendance(long meetingId, RecordReader reader) {
        requireAttendanceReader(meetingId, reader);
        return repository.attendance(meetingId);
    }

    private void requireAttendanceReader(long meetingId, RecordReader reader) {
        Meeting meeting = meetings.meeting(meetingId);
        boolean restricted = framework.body(meeting.bodyCode()).recordRule() != RecordRule.PUBLIC
                || meeting.sessions().stream().anyMatch(s -> !s.recordRule().attributes());
        if (restricted && !reader.secretariat() && !attends(meetingId, reader)) {
            throw new AccessDeniedException("attendance list of meeting " + meetingId);
        }
    }

    // Rapporteurs

    /**
     * The secretariat designates the rapporteur of a session: an attendee of the meeting,
     * never an observer, before the session's record starts. A later designation replaces
     * an earlier one.
     */
    @Transactional
    public RapporteurDesignation designateRapporteur(long meetingId, int sessionPosition, @Nullable String username,
            RecordReader secretariat) {
        if (!secretariat.secretariat()) {
            throw new AccessDeniedException("only the secretariat designates rapporteurs");
        }
        Meeting meeting = meetings.meeting(meetingId);
        if (meeting.session(sessionPosition) == null) {
            throw new RuleViolation("session", "dialogue.record.unknownSession", sessionPosition);
        }
        String name = Required.value("username", username).strip();
        repository.lockRecords(meetingId);
        AttendanceCapacity capacity = repository.capacity(meetingId, name)
                .orElseThrow(() -> new RuleViolation("username", "dialogue.rapporteur.notAttendee", name));
        if (capacity == AttendanceCapacity.OBSERVER) {
            throw new RuleViolation("username", "dialogue.rapporteur.observer", name);
        }
        if (repository.recordOfSession(meetingId, sessionPosition).isPresent()) {
            throw new RuleViolation("session", "dialogue.rapporteur.recordStarted", sessionPosition);
        }
        repository.insertRapporteur(meetingId, sessionPosition, name, String.valueOf(secretariat.username()));
        return repository.rapporteurs(meetingId).stream().filter(r -> r.sessionPosition() == sessionPosition)
                .findFirst().orElseThrow();
    }

    /** The designated rapporteurs of a meeting's sessions: who may read its attendance list may read them. */
    @Transactional(readOnly = true)
    public List<RapporteurDesignation> rapporteurs(long meetingId, RecordReader reader) {
        requireAttendanceReader(meetingId, reader);
        return repository.rapporteurs(meetingId);
    }

    /** The sessions of a meeting the reader is the designated rapporteur of. */
    @Transactional(readOnly = true)
    public List<Integer> sessionsReportedBy(long meetingId, RecordReader reader) {
        if (reader.username() == null) {
            return List.of();
        }
        return repository.rapporteurs(meetingId).stream().filter(r -> r.username().equals(reader.username()))
                .map(RapporteurDesignation::sessionPosition).toList();
    }

    /** The meetings the reader is registered for, oldest first: their personal calendar. */
    @Transactional(readOnly = true)
    public List<Meeting> meetingsOf(RecordReader reader) {
        if (reader.username() == null) {
            return List.of();
        }
        return repository.meetingsOf(reader.username()).stream().map(meetings::meeting)
                .sorted(Comparator.comparing(Meeting::startsOn)).toList();
    }

    public boolean attends(long meetingId, RecordReader reader) {
        return reader.username() != null && repository.attends(meetingId, reader.username());
    }

    // Records

    @Transactional
    public SessionRecord startDraft(long meetingId, int sessionPosition, @Nullable List<StatementInput> statements,
            RecordReader rapporteur) {
        Meeting meeting = meetings.meeting(meetingId);
        Session session = meeting.session(sessionPosition);
        if (session == null) {
            throw new RuleViolation("session", "dialogue.record.unknownSession", sessionPosition);
        }
        requireAttendee(meetingId, rapporteur);
        repository.lockRecords(meetingId);
        String designated = repository.designatedRapporteur(meetingId, sessionPosition)
                .orElseThrow(() -> new RuleViolation("session", "dialogue.rapporteur.none", sessionPosition));
        if (!designated.equals(rapporteur.username())) {
            throw new AccessDeniedException("only the designated rapporteur starts the record of session "
                    + sessionPosition);
        }
        List<Statement> checked = checked(ruleOf(meetingId, sessionPosition), statements);
        if (repository.recordOfSession(meetingId, sessionPosition).isPresent()) {
            throw new RuleViolation("session", "dialogue.record.exists", sessionPosition);
        }
        long id = repository.insertRecord(meetingId, sessionPosition, designated);
        return saved(id, 1, RecordStatus.DRAFT, checked, rapporteur);
    }

    /** A new version of the text, by the rapporteur, while the record is a draft or in its amendment phase. */
    @Transactional
    public SessionRecord revise(long recordId, @Nullable List<StatementInput> statements, RecordReader rapporteur) {
        SessionRecord current = latestForRapporteur(recordId, rapporteur);
        List<Statement> checked = checked(ruleOf(current.meetingId(), current.sessionPosition()), statements);
        return saved(recordId, current.version() + 1, current.status(), checked, rapporteur);
    }

    @Transactional
    public SessionRecord openAmendments(long recordId, RecordReader rapporteur) {
        SessionRecord current = latestForRapporteur(recordId, rapporteur);
        if (current.status() != RecordStatus.DRAFT) {
            throw new RuleViolation("status", "dialogue.record.notDraft");
        }
        return saved(recordId, current.version() + 1, RecordStatus.AMENDMENT, current.statements(), rapporteur);
    }

    @Transactional
    public SessionRecord finalize(long recordId, RecordReader rapporteur) {
        SessionRecord current = latestForRapporteur(recordId, rapporteur);
        if (current.status() != RecordStatus.AMENDMENT) {
            throw new RuleViolation("status", "dialogue.record.notInAmendment");
        }
        return saved(recordId, current.version() + 1, RecordStatus.FINAL, current.statements(), rapporteur);
    }

    /**
     * An attendee proposes a change while the record is in its amendment phase. The
     * proposer is kept only where the session is on the record.
     */
    @Transactional
    public RecordAmendment proposeAmendment(long recordId, @Nullable String text, RecordReader attendee) {
        SessionRecord current = repository.latest(recordId).orElseThrow(() -> new NotFound("record", recordId));
        requireAttendee(current.meetingId(), attendee);
        if (current.status() == RecordStatus.FINAL) {
            throw new RuleViolation("status", "dialogue.record.final");
        }
        if (current.status() != RecordStatus.AMENDMENT) {
            throw new RuleViolation("status", "dialogue.record.notInAmendment");
        }
        String amendment = text == null ? "" : text.strip();
        if (amendment.isEmpty() || amendment.length() > MAX_STATEMENT) {
            throw new RuleViolation("text", "dialogue.record.statementText", MAX_STATEMENT);
        }
        // Who proposed what would tell who said what: only sessions on the record keep the proposer.
        String proposer = ruleOf(current.meetingId(), current.sessionPosition()).attributes()
                ? String.valueOf(attendee.username()) : null;
        repository.insertAmendment(recordId, repository.versionId(recordId, current.version()), proposer, amendment);
        List<RecordAmendment> all = repository.amendments(recordId);
        return all.get(all.size() - 1);
    }

    /** The latest version of a record the reader may read. */
    @Transactional(readOnly = true)
    public SessionRecord read(long recordId, RecordReader reader) {
        SessionRecord latest = repository.latest(recordId).orElseThrow(() -> new NotFound("record", recordId));
        Reading reading = new Reading(reader);
        if (!reading.mayRead(latest)) {
            throw new AccessDeniedException("record " + recordId);
        }
        return reading.shown(latest);
    }

    @Transactional(readOnly = true)
    public List<RecordAmendment> amendments(long recordId, RecordReader reader) {
        SessionRecord latest = read(recordId, reader);
        if (!latest.isRapporteur(reader.username()) && !attends(latest.meetingId(), reader)) {
            throw new AccessDeniedException("amendments of record " + recordId);
        }
        List<RecordAmendment> amendments = repository.amendments(recordId);
        return latest.recordRule().attributes() ? amendments : amendments.stream().map(a -> new RecordAmendment(
                a.id(), a.recordId(), a.version(), null, a.text(), a.proposedAt())).toList();
    }

    /** The records of a meeting the reader may read. */
    @Transactional(readOnly = true)
    public List<SessionRecord> ofMeeting(long meetingId, RecordReader reader) {
        meetings.meeting(meetingId);
        Reading reading = new Reading(reader);
        return repository.latestOfMeeting(meetingId).stream().filter(reading::mayRead).map(reading::shown).toList();
    }

    /** Full-text search (PostgreSQL) over the records the reader may read. */
    @Transactional(readOnly = true)
    public List<SessionRecord> search(@Nullable String query, RecordReader reader) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty() || text.length() > 200 || text.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolation("q", "dialogue.record.query");
        }
        // The query applies the reading rules; every result is checked again against mayRead, so that a
        // difference between the two could only ever hide a record, never show one. What the check needs
        // (the meetings the reader attends, which bodies are public) is read once, not once per result.
        Map<String, RecordRule> bodyRules = framework.bodies().stream()
                .collect(Collectors.toMap(Body::code, Body::recordRule));
        // Whose final records outside the attendees the reader may read: for the secretariat, every body's whose
        // rule lets a session's record go beyond its attendees; for anyone else, those of public bodies.
        String[] readableBodies = bodyRules.entrySet().stream()
                .filter(b -> !SessionRecordRule.leastStrictUnder(b.getValue()).recordForAttendeesOnly())
                .filter(b -> reader.secretariat() || b.getValue() == RecordRule.PUBLIC)
                .map(Map.Entry::getKey).toArray(String[]::new);
        List<RecordRepository.SearchHit> hits = repository.search(text, reader.username(), readableBodies, 50);
        Set<Long> attended = reader.username() == null ? Set.of()
                : Set.copyOf(repository.meetingsOf(reader.username()));
        Reading reading = new Reading(reader);
        for (RecordRepository.SearchHit hit : hits) {
            long meetingId = hit.record().meetingId();
            reading.know(meetingId, attended.contains(meetingId), bodyRules.get(hit.bodyCode()));
        }
        return hits.stream().map(RecordRepository.SearchHit::record).filter(reading::mayRead).map(reading::shown)
                .toList();
    }

    /**
     * What one reader may read of records, for one request: whether it attends a meeting
     * and the record rule of a meeting's body are looked up once per meeting. A record is
     * read under the rule that applies to it: its session's, or its body's least strict
     * rule when that is stricter.
     */
    private final class Reading {

        private final RecordReader reader;
        private final Map<Long, Boolean> attending = new HashMap<>();
        private final Map<Long, RecordRule> bodyRules = new HashMap<>();

        Reading(RecordReader reader) {
            this.reader = reader;
        }

        /**
         * Drafts are the rapporteur's; the amendment phase is the attendees'. A final
         * record is the attendees' where the session is off the record or closed;
         * otherwise it follows the body's record rule too: anyone's when the body is
         * public, the secretariat's and the attendees' when it is not.
         */
        boolean mayRead(SessionRecord record) {
            boolean rapporteur = record.isRapporteur(reader.username());
            return switch (record.status()) {
                case DRAFT -> rapporteur;
                case AMENDMENT -> rapporteur || attends(record.meetingId());
                case FINAL -> rapporteur || attends(record.meetingId())
                        || !ruleThatApplies(record).recordForAttendeesOnly()
                                && (reader.secretariat() || bodyRule(record.meetingId()) == RecordRule.PUBLIC);
            };
        }

        /**
         * Who kept the record says who attended; where the session does not attribute,
         * the attendance is the attendees' and the secretariat's to know.
         */
        SessionRecord shown(SessionRecord record) {
            SessionRecord applied = record.under(ruleThatApplies(record));
            boolean knowsAttendance = applied.recordRule().attributes() || reader.secretariat()
                    || record.isRapporteur(reader.username()) || attends(record.meetingId());
            return knowsAttendance ? applied : applied.withoutRapporteur();
        }

        /** What is already known of a meeting: whether the reader attends it and its body's record rule. */
        void know(long meetingId, boolean attends, RecordRule bodyRule) {
            attending.put(meetingId, attends);
            bodyRules.put(meetingId, bodyRule);
        }

        private SessionRecordRule ruleThatApplies(SessionRecord record) {
            return record.recordRule().underBody(bodyRule(record.meetingId()));
        }

        private boolean attends(long meetingId) {
            return attending.computeIfAbsent(meetingId, id -> Records.this.attends(id, reader));
        }

        private RecordRule bodyRule(long meetingId) {
            return bodyRules.computeIfAbsent(meetingId, id -> framework.body(meetings.meeting(id).bodyCode()).recordRule());
        }
    }

    /** A speaker's name or affiliation: refused, if it must be, without being repeated. */
    private static void requireName(String field, @Nullable String name) {
        if (name != null && (name.length() > MAX_NAME || !CONTROL_CHARACTERS.matcher(name).matches())) {
            throw new RuleViolation(field, "dialogue.record.name", MAX_NAME);
        }
    }

    /**
     * The rule a record's statements are checked against: the session's rule as it stands
     * (and stays until this transaction ends), or its body's when the body's is stricter.
     * Scheduling refuses a session less strict than its body; a body whose record rule
     * became stricter afterwards still has its way here, so the stricter rule applies.
     */
    private SessionRecordRule ruleOf(long meetingId, int sessionPosition) {
        SessionRecordRule session = repository.lockedRecordRule(meetingId, sessionPosition)
                .orElseThrow(() -> new RuleViolation("session", "dialogue.record.unknownSession", sessionPosition));
        return session.underBody(framework.body(meetings.meeting(meetingId).bodyCode()).recordRule());
    }

    private SessionRecord latestForRapporteur(long recordId, RecordReader rapporteur) {
        SessionRecord current = repository.latest(recordId).orElseThrow(() -> new NotFound("record", recordId));
        if (!current.isRapporteur(rapporteur.username())) {
            throw new AccessDeniedException("only the rapporteur changes record " + recordId);
        }
        if (current.status() == RecordStatus.FINAL) {
            throw new RuleViolation("status", "dialogue.record.final");
        }
        return current;
    }

    private void requireAttendee(long meetingId, RecordReader reader) {
        if (!attends(meetingId, reader)) {
            throw new AccessDeniedException("only attendees of meeting " + meetingId);
        }
    }

    private SessionRecord saved(long recordId, int version, RecordStatus status, List<Statement> statements,
            RecordReader actor) {
        repository.insertVersion(recordId, version, status, statements, String.valueOf(actor.username()));
        SessionRecord saved = repository.latest(recordId).orElseThrow();
        events.publishEvent(new RecordChanged(recordId, saved.meetingId(), saved.sessionPosition(), version, status));
        return saved;
    }

    /**
     * The statements as they will be stored. Where the session does not attribute, a
     * speaker or an affiliation is refused, naming the field but never repeating the
     * name, so that the refusal itself carries nothing said off the record.
     */
    static List<Statement> checked(SessionRecordRule rule, @Nullable List<StatementInput> input) {
        if (input == null || input.isEmpty()) {
            throw new RuleViolation("statements", "dialogue.record.noStatements");
        }
        if (input.size() > MAX_STATEMENTS) {
            throw new RuleViolation("statements", "dialogue.record.tooManyStatements", MAX_STATEMENTS);
        }
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            StatementInput s = input.get(i);
            String field = "statements[" + i + "]";
            if (s == null) {
                throw new RuleViolation(field, "dialogue.required");
            }
            String speaker = blankToNull(s.speaker());
            String affiliation = blankToNull(s.affiliation());
            if (!rule.attributes() && speaker != null) {
                throw new RuleViolation(field + ".speaker", "dialogue.record.noAttribution");
            }
            if (!rule.attributes() && affiliation != null) {
                throw new RuleViolation(field + ".affiliation", "dialogue.record.noAttribution");
            }
            requireName(field + ".speaker", speaker);
            requireName(field + ".affiliation", affiliation);
            String text = s.text() == null ? "" : s.text().strip();
            if (text.isEmpty() || text.length() > MAX_STATEMENT) {
                throw new RuleViolation(field + ".text", "dialogue.record.statementText", MAX_STATEMENT);
            }
            statements.add(new Statement(i + 1, speaker, affiliation, text));
        }
        return statements;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The rule that applies to a session of a meeting: its own, or its body's least strict when that is stricter. */
    @Transactional(readOnly = true)
    public SessionRecordRule ruleThatApplies(Meeting meeting, Session session) {
        return session.recordRule().underBody(framework.body(meeting.bodyCode()).recordRule());
    }

    public Optional<Long> recordOfSession(long meetingId, int position) {
        return repository.recordOfSession(meetingId, position);
    }
}
