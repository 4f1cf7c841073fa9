package org.trackone.dialogue.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.dialogue.AnalysisAssignment;
import org.trackone.dialogue.ExpertAnalysis;

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

    /** The latest version of every analysis of a meeting. */
    public List<ExpertAnalysis> analyses(long meetingId) {
        return jdbc.sql("""
                select distinct on (a.assignment_id) a.id, a.assignment_id, x.topic, x.expert, a.version, a.text,
                       a.submitted_at
                from dialogue_analysis a join dialogue_analysis_assignment x on x.id = a.assignment_id
                where x.meeting_id = ? order by a.assignment_id, a.version desc""")
                .param(meetingId)
                .query((rs, n) -> new ExpertAnalysis(rs.getLong("id"), rs.getLong("assignment_id"),
                        rs.getString("topic"), rs.getString("expert"), rs.getInt("version"), rs.getString("text"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    public void lockAssignment(long assignmentId) {
        jdbc.sql("select id from dialogue_analysis_assignment where id = ? for update").param(assignmentId)
                .query(Long.class).list();
    }

    public long insertAnalysis(long assignmentId, String text, String actor) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from dialogue_analysis where assignment_id = ?")
                .param(assignmentId).query(Integer.class).single();
        return jdbc.sql("""
                insert into dialogue_analysis (assignment_id, version, text, submitted_by) values (?, ?, ?, ?)
                returning id""").params(assignmentId, version, text, actor).query(Long.class).single();
    }
}
