package org.trackone.dialogue.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.dialogue.AnalysisAssignment;

/** Assignments of topics to experts, in plain SQL. Rows are only ever inserted. */
@Repository
public class AssignmentRepository {

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AnalysisAssignment> ofMeeting(long meetingId) {
        return jdbc.sql("""
                select id, meeting_id, topic, expert, note, assigned_at, assigned_by
                from dialogue_analysis_assignment where meeting_id = ? order by id""")
                .param(meetingId)
                .query((rs, n) -> new AnalysisAssignment(rs.getLong("id"), rs.getLong("meeting_id"),
                        rs.getString("topic"), rs.getString("expert"), rs.getString("note"),
                        rs.getTimestamp("assigned_at").toInstant(), rs.getString("assigned_by")))
                .list();
    }

    /** @return the new row's id, or -1 when the expert already has the topic */
    public long insert(long meetingId, String topic, String expert, String note, String actor) {
        return jdbc.sql("""
                insert into dialogue_analysis_assignment (meeting_id, topic, expert, note, assigned_by)
                values (?, ?, ?, ?, ?) on conflict do nothing returning id""")
                .params(meetingId, topic, expert, note, actor).query(Long.class).optional().orElse(-1L);
    }
}
