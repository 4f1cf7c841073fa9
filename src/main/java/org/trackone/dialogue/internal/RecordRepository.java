package org.trackone.dialogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.dialogue.Attendance;
import org.trackone.dialogue.AttendanceCapacity;
import org.trackone.dialogue.RapporteurDesignation;
import org.trackone.dialogue.RecordAmendment;
import org.trackone.dialogue.RecordStatus;
import org.trackone.dialogue.SessionRecord;
import org.trackone.dialogue.SessionRecordRule;
import org.trackone.dialogue.Statement;

/** Attendance and session records, in plain SQL. Rows are only ever inserted. */
@Repository
public class RecordRepository {

    private static final String VERSION_SELECT = """
            select r.id as record_id, r.meeting_id, r.session_position, s.record_rule, r.rapporteur, v.id as version_id,
                   v.version, v.status, v.created_at
            from dialogue_record r
            join dialogue_session s on s.meeting_id = r.meeting_id and s.position = r.session_position
            join dialogue_record_version v on v.record_id = r.id""";

    private final JdbcClient jdbc;

    RecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Attendance

    public List<Attendance> attendance(long meetingId) {
        return jdbc.sql("""
                select meeting_id, username, participant_code, capacity, registered_at from dialogue_attendance
                where meeting_id = ? order by id""")
                .param(meetingId)
                .query((rs, n) -> new Attendance(rs.getLong("meeting_id"), rs.getString("username"),
                        rs.getString("participant_code"), AttendanceCapacity.valueOf(rs.getString("capacity")),
                        rs.getTimestamp("registered_at").toInstant()))
                .list();
    }

    /** The meetings a person is registered for. */
    public List<Long> meetingsOf(String username) {
        return jdbc.sql("select meeting_id from dialogue_attendance where username = ? order by meeting_id")
                .param(username).query(Long.class).list();
    }

    public boolean attends(long meetingId, String username) {
        return jdbc.sql("select count(*) from dialogue_attendance where meeting_id = ? and username = ?")
                .params(meetingId, username).query(Integer.class).single() > 0;
    }

    /** How many persons are registered for a meeting on behalf of a participant. */
    public int attendeesFor(long meetingId, String participant) {
        return jdbc.sql("select count(*) from dialogue_attendance where meeting_id = ? and participant_code = ?")
                .params(meetingId, participant).query(Integer.class).single();
    }

    /** @return false when the person is already registered */
    public boolean register(long meetingId, String username, @Nullable String participant, AttendanceCapacity capacity,
            String actor) {
        return jdbc.sql("""
                insert into dialogue_attendance (meeting_id, username, participant_code, capacity, registered_by)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(meetingId, username, participant, capacity.name(), actor).update() == 1;
    }

    /** The capacity a person attends a meeting in; empty when not registered. */
    public Optional<AttendanceCapacity> capacity(long meetingId, String username) {
        return jdbc.sql("select capacity from dialogue_attendance where meeting_id = ? and username = ?")
                .params(meetingId, username).query(String.class).optional().map(AttendanceCapacity::valueOf);
    }

    // Rapporteurs

    public void insertRapporteur(long meetingId, int position, String username, String actor) {
        jdbc.sql("""
                insert into dialogue_rapporteur (meeting_id, session_position, username, designated_by)
                values (?, ?, ?, ?)""").params(meetingId, position, username, actor).update();
    }

    /** The latest designation of each session of a meeting that has one, by session. */
    public List<RapporteurDesignation> rapporteurs(long meetingId) {
        return jdbc.sql("""
                select distinct on (session_position) meeting_id, session_position, username, designated_at,
                       designated_by
                from dialogue_rapporteur where meeting_id = ? order by session_position, id desc""")
                .param(meetingId)
                .query((rs, n) -> new RapporteurDesignation(rs.getLong("meeting_id"), rs.getInt("session_position"),
                        rs.getString("username"), rs.getTimestamp("designated_at").toInstant(),
                        rs.getString("designated_by")))
                .list();
    }

    public Optional<String> designatedRapporteur(long meetingId, int position) {
        return rapporteurs(meetingId).stream().filter(r -> r.sessionPosition() == position)
                .map(RapporteurDesignation::username).findFirst();
    }

    // Records

    public void lockRecords(long meetingId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('dialogue_record:' || ?))").param(meetingId)
                .query((rs, n) -> 1).list();
    }

    /**
     * The session's record rule, its row locked until the transaction ends: a change of
     * the meeting that would turn the session off the record waits until the statements
     * checked against this rule are stored (and is then checked against them).
     */
    public Optional<SessionRecordRule> lockedRecordRule(long meetingId, int position) {
        return jdbc.sql("select record_rule from dialogue_session where meeting_id = ? and position = ? for share")
                .params(meetingId, position).query(String.class).optional().map(SessionRecordRule::valueOf);
    }

    public Optional<Long> recordOfSession(long meetingId, int position) {
        return jdbc.sql("select id from dialogue_record where meeting_id = ? and session_position = ?")
                .params(meetingId, position).query(Long.class).optional();
    }

    public List<Integer> sessionsWithRecords(long meetingId) {
        return jdbc.sql("select session_position from dialogue_record where meeting_id = ?").param(meetingId)
                .query(Integer.class).list();
    }

    public long insertRecord(long meetingId, int position, String rapporteur) {
        return jdbc.sql("insert into dialogue_record (meeting_id, session_position, rapporteur) values (?, ?, ?) returning id")
                .params(meetingId, position, rapporteur).query(Long.class).single();
    }

    public void insertVersion(long recordId, int version, RecordStatus status, List<Statement> statements,
            String actor) {
        String body = String.join("\n", statements.stream().map(Statement::text).toList());
        long versionId = jdbc.sql("""
                insert into dialogue_record_version (record_id, version, status, body, created_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(recordId, version, status.name(), body, actor).query(Long.class).single();
        for (Statement s : statements) {
            jdbc.sql("insert into dialogue_record_statement (version_id, position, speaker, affiliation, text) values (?, ?, ?, ?, ?)")
                    .params(versionId, s.position(), s.speaker(), s.affiliation(), s.text()).update();
        }
        jdbc.sql("""
                insert into dialogue_record_current (record_id, version_id, status, search, meeting_id, body_code,
                    record_rule, rapporteur)
                select v.record_id, v.id, v.status, v.search, r.meeting_id, m.body_code, s.record_rule, r.rapporteur
                from dialogue_record_version v
                join dialogue_record r on r.id = v.record_id
                join dialogue_meeting m on m.id = r.meeting_id
                join dialogue_session s on s.meeting_id = r.meeting_id and s.position = r.session_position
                where v.id = ?
                on conflict (record_id) do update set version_id = excluded.version_id, status = excluded.status,
                    search = excluded.search""").param(versionId).update();
    }

    /** Every version of a record, newest first. */
    public List<SessionRecord> versions(long recordId) {
        return withStatements(jdbc.sql(VERSION_SELECT + " where r.id = ? order by v.version desc").param(recordId)
                .query(RecordRepository::row).list());
    }

    public Optional<SessionRecord> latest(long recordId) {
        return versions(recordId).stream().findFirst();
    }

    /** The latest version of each record of a meeting. */
    public List<SessionRecord> latestOfMeeting(long meetingId) {
        return withStatements(jdbc.sql(VERSION_SELECT + " " + """
                 where r.meeting_id = ? and v.version = (select max(version) from dialogue_record_version
                                                         where record_id = r.id)
                 order by r.session_position""").param(meetingId).query(RecordRepository::row).list());
    }

    /**
     * The search of records: the current versions that match the query (PostgreSQL
     * full-text search) and that the reader may read, newest first. The reading rules are
     * those of {@code Records}, applied here in SQL on the current-version table alone, so
     * that a search reads only what it returns: drafts of the reader's own records; past the
     * draft, records of meetings the reader attends; final records of sessions on the record
     * or under the Chatham House Rule in the bodies given as readable: for the secretariat,
     * those whose record rule lets such a record go beyond the attendees (not a body off the
     * record, whose stricter rule applies to every session it holds); for anyone else, the
     * public bodies among them.
     */
    public static final String SEARCH = """
            select c.record_id, c.version_id, c.meeting_id, c.body_code
            from dialogue_record_current c
            where c.search @@ websearch_to_tsquery('simple', ?)
              and (c.rapporteur = ?
                   or c.status <> 'DRAFT' and c.meeting_id in (select a.meeting_id from dialogue_attendance a
                                                               where a.username = ?)
                   or c.status = 'FINAL' and c.record_rule in ('ON_THE_RECORD', 'CHATHAM_HOUSE')
                      and c.body_code = any(?))
            order by c.version_id desc
            limit ?""";

    /** A record found by a search, with the body of its meeting. */
    public record SearchHit(SessionRecord record, String bodyCode) {
    }

    public List<SearchHit> search(String query, @Nullable String username, String[] readableBodies, int limit) {
        Map<Long, String> bodies = new LinkedHashMap<>();
        List<Long> versions = jdbc.sql(SEARCH).params(query, username, username, readableBodies, limit)
                .query((rs, n) -> {
                    bodies.put(rs.getLong("record_id"), rs.getString("body_code"));
                    return rs.getLong("version_id");
                }).list();
        if (versions.isEmpty()) {
            return List.of();
        }
        List<SessionRecord> found = withStatements(jdbc.sql(VERSION_SELECT + " where v.id = any(?) order by v.id desc")
                .param(versions.toArray(Long[]::new)).query(RecordRepository::row).list());
        return found.stream().map(r -> new SearchHit(r, bodies.get(r.recordId()))).toList();
    }

    public void insertAmendment(long recordId, long versionId, @Nullable String proposedBy, String text) {
        jdbc.sql("insert into dialogue_record_amendment (record_id, version_id, proposed_by, text) values (?, ?, ?, ?)")
                .params(recordId, versionId, proposedBy, text).update();
    }

    public long versionId(long recordId, int version) {
        return jdbc.sql("select id from dialogue_record_version where record_id = ? and version = ?")
                .params(recordId, version).query(Long.class).single();
    }

    public List<RecordAmendment> amendments(long recordId) {
        return jdbc.sql("""
                select a.id, a.record_id, v.version, a.proposed_by, a.text, a.proposed_at
                from dialogue_record_amendment a join dialogue_record_version v on v.id = a.version_id
                where a.record_id = ? order by a.id""")
                .param(recordId)
                .query((rs, n) -> new RecordAmendment(rs.getLong("id"), rs.getLong("record_id"), rs.getInt("version"),
                        rs.getString("proposed_by"), rs.getString("text"), rs.getTimestamp("proposed_at").toInstant()))
                .list();
    }

    private List<SessionRecord> withStatements(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Statement>> statements = new LinkedHashMap<>();
        jdbc.sql("""
                select version_id, position, speaker, affiliation, text from dialogue_record_statement
                where version_id = any(?) order by version_id, position""")
                .param(rows.stream().map(Row::versionId).toArray(Long[]::new))
                .query(rs -> {
                    statements.computeIfAbsent(rs.getLong("version_id"), k -> new ArrayList<>()).add(new Statement(
                            rs.getInt("position"), rs.getString("speaker"), rs.getString("affiliation"),
                            rs.getString("text")));
                });
        return rows.stream().map(r -> new SessionRecord(r.recordId, r.meetingId, r.position, r.rule, r.rapporteur,
                r.version, r.status, List.copyOf(statements.getOrDefault(r.versionId, List.of())), r.createdAt))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("record_id"), rs.getLong("meeting_id"), rs.getInt("session_position"),
                SessionRecordRule.valueOf(rs.getString("record_rule")), rs.getString("rapporteur"),
                rs.getLong("version_id"), rs.getInt("version"), RecordStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant());
    }

    private record Row(long recordId, long meetingId, int position, SessionRecordRule rule, String rapporteur,
            long versionId, int version, RecordStatus status, java.time.Instant createdAt) {
    }
}
