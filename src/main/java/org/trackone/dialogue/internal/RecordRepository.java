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
                insert into dialogue_record_current (record_id, version_id, status, search)
                select record_id, id, status, search from dialogue_record_version where id = ?
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
     * Records whose latest version matches the query (PostgreSQL full-text search) and
     * that the reader may read, best matches first. The reading rules are those of
     * {@code Records}, applied here in SQL so that a search reads only what it returns:
     * final records of sessions on the record or under the Chatham House Rule, any the
     * reader is the rapporteur of, and those past the draft of meetings the reader attends.
     */
    public List<SessionRecord> search(String query, @Nullable String username, int limit) {
        return withStatements(jdbc.sql(VERSION_SELECT + " " + """
                 join dialogue_record_current c on c.version_id = v.id
                 where c.search @@ websearch_to_tsquery('simple', :query)
                   and ((v.status = 'FINAL' and s.record_rule in ('ON_THE_RECORD', 'CHATHAM_HOUSE'))
                        or r.rapporteur = :username
                        or (v.status <> 'DRAFT' and exists (select 1 from dialogue_attendance a
                                where a.meeting_id = r.meeting_id and a.username = :username)))
                 order by c.version_id desc
                 limit :limit""").param("query", query).param("username", username).param("limit", limit)
                .query(RecordRepository::row).list());
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
