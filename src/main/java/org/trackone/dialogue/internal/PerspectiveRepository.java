package org.trackone.dialogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.access.Ministry;
import org.trackone.dialogue.Perspective;

/** National perspectives, in plain SQL. Rows are only ever inserted. */
@Repository
public class PerspectiveRepository {

    private static final String SELECT = """
            select id, meeting_id, participant_code, ministry, version, supersedes_id, language, text, topics,
                   submitted_at, submitted_by, late
            from dialogue_perspective""";

    private final JdbcClient jdbc;

    PerspectiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes submissions by one ministry for one meeting, so two cannot take the same version. */
    public void lock(long meetingId, String participant, Ministry ministry) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('dialogue_perspective:' || ? || ':' || ? || ':' || ?))")
                .params(meetingId, participant, ministry.name()).query((rs, n) -> 1).list();
    }

    public Optional<Perspective> latest(long meetingId, String participant, Ministry ministry) {
        return jdbc.sql(SELECT + " where meeting_id = ? and participant_code = ? and ministry = ? order by version desc limit 1")
                .params(meetingId, participant, ministry.name()).query(PerspectiveRepository::perspective).optional();
    }

    /** The latest version of every ministry's perspective for a meeting. */
    public List<Perspective> latestOfMeeting(long meetingId) {
        return jdbc.sql("""
                select distinct on (participant_code, ministry) id, meeting_id, participant_code, ministry, version,
                       supersedes_id, language, text, topics, submitted_at, submitted_by, late
                from dialogue_perspective where meeting_id = ?
                order by participant_code, ministry, version desc""")
                .param(meetingId).query(PerspectiveRepository::perspective).list();
    }

    public List<Perspective> versions(long meetingId, String participant, Ministry ministry) {
        return jdbc.sql(SELECT + " where meeting_id = ? and participant_code = ? and ministry = ? order by version desc")
                .params(meetingId, participant, ministry.name()).query(PerspectiveRepository::perspective).list();
    }

    public Optional<Perspective> perspective(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(PerspectiveRepository::perspective).optional();
    }

    public long insert(Perspective p) {
        return jdbc.sql("""
                insert into dialogue_perspective (meeting_id, participant_code, ministry, version, supersedes_id,
                    language, text, topics, submitted_at, submitted_by, late)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(p.meetingId(), p.participant(), p.ministry().name(), p.version(), p.supersedes(),
                        p.language(), p.text(), p.topics().toArray(String[]::new),
                        java.sql.Timestamp.from(p.submittedAt()), p.submittedBy(), p.late())
                .query(Long.class).single();
    }

    private static Perspective perspective(ResultSet rs, int n) throws SQLException {
        long supersedes = rs.getLong("supersedes_id");
        Long maybeSupersedes = rs.wasNull() ? null : supersedes;
        return new Perspective(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("participant_code"),
                Ministry.valueOf(rs.getString("ministry")), rs.getInt("version"), maybeSupersedes,
                rs.getString("language"), rs.getString("text"),
                Arrays.asList((String[]) rs.getArray("topics").getArray()),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"), rs.getBoolean("late"));
    }
}
