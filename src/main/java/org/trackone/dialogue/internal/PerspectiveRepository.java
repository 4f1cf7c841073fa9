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
import org.trackone.dialogue.PerspectiveAttachment;

/** National perspectives, in plain SQL. Rows are only ever inserted. */
@Repository
public class PerspectiveRepository {

    private static final String COLUMNS = """
            p.id, p.meeting_id, p.participant_code, p.ministry, p.version, p.supersedes_id, p.language, p.text,
            p.topics, p.submitted_at, p.submitted_by, p.late, a.file_name, a.size, a.sha256""";
    private static final String FROM = """
            from dialogue_perspective p
            left join dialogue_perspective_attachment a on a.perspective_id = p.id""";
    private static final String SELECT = "select " + COLUMNS + " " + FROM;

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
        return jdbc.sql(SELECT + " where p.meeting_id = ? and p.participant_code = ? and p.ministry = ?"
                + " order by p.version desc limit 1")
                .params(meetingId, participant, ministry.name()).query(PerspectiveRepository::perspective).optional();
    }

    /** The latest version of every ministry's perspective for a meeting. */
    public List<Perspective> latestOfMeeting(long meetingId) {
        return jdbc.sql("select distinct on (p.participant_code, p.ministry) " + COLUMNS + " " + FROM + " " + """
                 where p.meeting_id = ? order by p.participant_code, p.ministry, p.version desc""")
                .param(meetingId).query(PerspectiveRepository::perspective).list();
    }

    public List<Perspective> versions(long meetingId, String participant, Ministry ministry) {
        return jdbc.sql(SELECT + " where p.meeting_id = ? and p.participant_code = ? and p.ministry = ?"
                + " order by p.version desc")
                .params(meetingId, participant, ministry.name()).query(PerspectiveRepository::perspective).list();
    }

    public Optional<Perspective> perspective(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(PerspectiveRepository::perspective).optional();
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

    public void insertAttachment(long perspectiveId, String fileName, String sha256, byte[] content) {
        jdbc.sql("""
                insert into dialogue_perspective_attachment (perspective_id, file_name, size, sha256, content)
                values (?, ?, ?, ?, ?)""").params(perspectiveId, fileName, content.length, sha256, content).update();
    }

    public Optional<byte[]> attachmentContent(long perspectiveId) {
        return jdbc.sql("select content from dialogue_perspective_attachment where perspective_id = ?")
                .param(perspectiveId).query((rs, n) -> rs.getBytes("content")).optional();
    }

    private static Perspective perspective(ResultSet rs, int n) throws SQLException {
        long supersedes = rs.getLong("supersedes_id");
        Long maybeSupersedes = rs.wasNull() ? null : supersedes;
        return new Perspective(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("participant_code"),
                Ministry.valueOf(rs.getString("ministry")), rs.getInt("version"), maybeSupersedes,
                rs.getString("language"), rs.getString("text"),
                Arrays.asList((String[]) rs.getArray("topics").getArray()),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"), rs.getBoolean("late"),
                rs.getString("sha256") == null ? null : new PerspectiveAttachment(rs.getString("file_name"),
                        rs.getInt("size"), rs.getString("sha256")));
    }
}
