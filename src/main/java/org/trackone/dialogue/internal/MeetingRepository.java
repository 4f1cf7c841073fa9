package org.trackone.dialogue.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.dialogue.DialogueRules;
import org.trackone.dialogue.LatePerspectives;
import org.trackone.dialogue.Meeting;
import org.trackone.dialogue.MeetingKind;
import org.trackone.dialogue.SeriesCadence;
import org.trackone.dialogue.Session;
import org.trackone.dialogue.SessionRecordRule;

/** The dialogue module's meetings, sessions and body rules, in plain SQL. */
@Repository
public class MeetingRepository {

    private static final String MEETING_SELECT = """
            select id, body_code, kind, number, title, starts_on, ends_on, venue, host_code, period_from, period_to,
                   perspective_deadline, description, version
            from dialogue_meeting""";

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many sessions of the body's meetings have one of these record rules. */
    public long sessionsWithRules(String bodyCode, Collection<SessionRecordRule> rules) {
        return jdbc.sql("""
                select count(*) from dialogue_session s join dialogue_meeting m on m.id = s.meeting_id
                where m.body_code = ? and s.record_rule = any(?)""")
                .params(bodyCode, rules.stream().map(Enum::name).toArray(String[]::new)).query(Long.class).single();
    }

    public List<Meeting> meetings(@Nullable String bodyCode, @Nullable LocalDate from, @Nullable LocalDate to) {
        List<Row> rows = jdbc.sql(MEETING_SELECT + " " + """
                 where (cast(:body as text) is null or body_code = :body)
                   and (cast(:from as date) is null or ends_on >= :from)
                   and (cast(:to as date) is null or starts_on <= :to)
                 order by starts_on, id""")
                .param("body", bodyCode).param("from", from).param("to", to)
                .query(MeetingRepository::row).list();
        return withSessions(rows);
    }

    public Optional<Meeting> meeting(long id) {
        return withSessions(jdbc.sql(MEETING_SELECT + " where id = ?").param(id).query(MeetingRepository::row).list())
                .stream().findFirst();
    }

    /** Serializes changes to one body's meetings, so two overlapping ones cannot both pass the check. */
    public void lockBody(String bodyCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('dialogue_meeting:' || ?))").param(bodyCode)
                .query((rs, n) -> 1).list();
    }

    public long insert(Meeting meeting, String actor) {
        long id = jdbc.sql("""
                insert into dialogue_meeting (body_code, kind, number, title, starts_on, ends_on, venue, host_code,
                    period_from, period_to, perspective_deadline, description, version, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) returning id""")
                .params(meeting.bodyCode(), meeting.kind().name(), meeting.number(), meeting.title(),
                        meeting.startsOn(), meeting.endsOn(), meeting.venue(), meeting.hostCode(),
                        meeting.periodFrom(), meeting.periodTo(), timestamp(meeting.perspectiveDeadline()),
                        meeting.description(), actor)
                .query(Long.class).single();
        insertSessions(id, meeting);
        return id;
    }

    /** Writes the new arrangements of a meeting; the caller has kept the old version as a revision. */
    public void update(Meeting meeting) {
        jdbc.sql("""
                update dialogue_meeting set kind = ?, number = ?, title = ?, starts_on = ?, ends_on = ?, venue = ?,
                    host_code = ?, period_from = ?, period_to = ?, perspective_deadline = ?, description = ?,
                    version = ? where id = ?""")
                .params(meeting.kind().name(), meeting.number(), meeting.title(), meeting.startsOn(),
                        meeting.endsOn(), meeting.venue(), meeting.hostCode(), meeting.periodFrom(),
                        meeting.periodTo(), timestamp(meeting.perspectiveDeadline()), meeting.description(),
                        meeting.version(), meeting.id())
                .update();
        List<Integer> kept = meeting.sessions().stream().map(Session::position).toList();
        for (Session session : meeting.sessions()) {
            int updated = jdbc.sql("""
                    update dialogue_session set title = ?, held_on = ?, record_rule = ?, agenda = ?
                    where meeting_id = ? and position = ?""")
                    .params(session.title(), session.heldOn(), session.recordRule().name(),
                            session.agenda().toArray(String[]::new), meeting.id(), session.position())
                    .update();
            if (updated == 0) {
                insertSession(meeting.id(), session);
            }
        }
        jdbc.sql("delete from dialogue_session where meeting_id = :id and not (position = any(:kept))")
                .param("id", meeting.id()).param("kept", kept.toArray(Integer[]::new)).update();
    }

    public void insertRevision(long meetingId, int version, String content, String actor) {
        jdbc.sql("insert into dialogue_meeting_revision (meeting_id, version, content, recorded_by) values (?, ?, cast(? as jsonb), ?)")
                .params(meetingId, version, content, actor).update();
    }

    public int revisionCount(long meetingId) {
        return jdbc.sql("select count(*) from dialogue_meeting_revision where meeting_id = ?").param(meetingId)
                .query(Integer.class).single();
    }

    /** The highest plenary number of a body's series so far. */
    public int highestNumber(String bodyCode, MeetingKind kind) {
        return jdbc.sql("select coalesce(max(number), 0) from dialogue_meeting where body_code = ? and kind = ?")
                .params(bodyCode, kind.name()).query(Integer.class).single();
    }

    public boolean numberTaken(String bodyCode, MeetingKind kind, int number, long exceptId) {
        return jdbc.sql("select count(*) from dialogue_meeting where body_code = ? and kind = ? and number = ? and id <> ?")
                .params(bodyCode, kind.name(), number, exceptId).query(Integer.class).single() > 0;
    }

    // Rules

    public Optional<DialogueRules> rules(String bodyCode) {
        return jdbc.sql("""
                select body_code, cadence_min_months, cadence_max_months, perspective_deadline_days, late_perspectives
                from dialogue_body_rule where body_code = ? order by id desc limit 1""")
                .param(bodyCode)
                .query((rs, n) -> {
                    int min = rs.getInt("cadence_min_months");
                    boolean noCadence = rs.wasNull();
                    int max = rs.getInt("cadence_max_months");
                    return new DialogueRules(rs.getString("body_code"), noCadence ? null : new SeriesCadence(min, max),
                            rs.getInt("perspective_deadline_days"),
                            LatePerspectives.valueOf(rs.getString("late_perspectives")));
                }).optional();
    }

    public void insertRules(DialogueRules rules, String actor) {
        SeriesCadence cadence = rules.cadence();
        jdbc.sql("""
                insert into dialogue_body_rule (body_code, cadence_min_months, cadence_max_months,
                    perspective_deadline_days, late_perspectives, recorded_by) values (?, ?, ?, ?, ?, ?)""")
                .params(rules.bodyCode(), cadence == null ? null : cadence.minMonths(),
                        cadence == null ? null : cadence.maxMonths(), rules.perspectiveDeadlineDays(),
                        rules.latePerspectives().name(), actor)
                .update();
    }

    public boolean markDemoLoaded(String source) {
        return jdbc.sql("insert into dialogue_demo_load (source) values (?) on conflict do nothing").param(source)
                .update() == 1;
    }

    // Rows

    private void insertSessions(long meetingId, Meeting meeting) {
        meeting.sessions().forEach(session -> insertSession(meetingId, session));
    }

    private void insertSession(long meetingId, Session session) {
        jdbc.sql("insert into dialogue_session (meeting_id, position, title, held_on, record_rule, agenda) values (?, ?, ?, ?, ?, ?)")
                .params(meetingId, session.position(), session.title(), session.heldOn(), session.recordRule().name(),
                        session.agenda().toArray(String[]::new))
                .update();
    }

    private List<Meeting> withSessions(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Session>> sessions = new LinkedHashMap<>();
        jdbc.sql("""
                select id, meeting_id, position, title, held_on, record_rule, agenda from dialogue_session
                where meeting_id = any(?) order by meeting_id, position""")
                .param(rows.stream().map(Row::id).toArray(Long[]::new))
                .query(rs -> {
                    sessions.computeIfAbsent(rs.getLong("meeting_id"), k -> new ArrayList<>()).add(new Session(
                            rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
                            rs.getObject("held_on", LocalDate.class),
                            SessionRecordRule.valueOf(rs.getString("record_rule")), strings(rs.getArray("agenda"))));
                });
        return rows.stream().map(r -> r.meeting(sessions.getOrDefault(r.id(), List.of()))).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        int number = rs.getInt("number");
        Integer maybeNumber = rs.wasNull() ? null : number;
        Timestamp deadline = rs.getTimestamp("perspective_deadline");
        return new Row(rs.getLong("id"), rs.getString("body_code"), MeetingKind.valueOf(rs.getString("kind")),
                maybeNumber, rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("venue"), rs.getString("host_code"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                deadline == null ? null : deadline.toInstant(), rs.getString("description"), rs.getInt("version"));
    }

    private record Row(long id, String bodyCode, MeetingKind kind, @Nullable Integer number, String title,
            LocalDate startsOn, LocalDate endsOn, String venue, @Nullable String hostCode,
            @Nullable LocalDate periodFrom, @Nullable LocalDate periodTo, @Nullable Instant deadline,
            String description, int version) {

        Meeting meeting(List<Session> sessions) {
            return new Meeting(id, bodyCode, kind, number, title, startsOn, endsOn, venue, hostCode, periodFrom,
                    periodTo, deadline, description, List.copyOf(sessions), version);
        }
    }
}
