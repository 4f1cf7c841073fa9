package org.trackone.dialogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.dialogue.AttendanceCapacity;
import org.trackone.dialogue.Invitation;
import org.trackone.dialogue.InvitationAnswer;

/** Invitations to meetings and their answers, in plain SQL. Rows are only ever inserted. */
@Repository
public class InvitationRepository {

    private static final String SELECT = """
            select i.id, i.meeting_id, i.username, i.participant_code, i.capacity, i.invited_at, i.invited_by,
                   a.answer, a.answered_at
            from dialogue_invitation i left join dialogue_invitation_answer a on a.invitation_id = i.id""";

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new invitation's id; empty when the person is already invited to the meeting */
    public Optional<Long> insert(long meetingId, String username, @Nullable String participant,
            AttendanceCapacity capacity, String actor) {
        return jdbc.sql("""
                insert into dialogue_invitation (meeting_id, username, participant_code, capacity, invited_by)
                values (?, ?, ?, ?, ?) on conflict do nothing returning id""")
                .params(meetingId, username, participant, capacity.name(), actor).query(Long.class).optional();
    }

    /** @return false when the invitation was already answered */
    public boolean answer(long invitationId, InvitationAnswer answer, String actor) {
        return jdbc.sql("""
                insert into dialogue_invitation_answer (invitation_id, answer, answered_by) values (?, ?, ?)
                on conflict do nothing""").params(invitationId, answer.name(), actor).update() == 1;
    }

    public Optional<Invitation> invitation(long id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(InvitationRepository::row).optional();
    }

    public Optional<Invitation> invitation(long meetingId, String username) {
        return jdbc.sql(SELECT + " where i.meeting_id = ? and i.username = ?").params(meetingId, username)
                .query(InvitationRepository::row).optional();
    }

    public List<Invitation> ofMeeting(long meetingId) {
        return jdbc.sql(SELECT + " where i.meeting_id = ? order by i.id").param(meetingId)
                .query(InvitationRepository::row).list();
    }

    public List<Invitation> of(String username) {
        return jdbc.sql(SELECT + " where i.username = ? order by i.id desc").param(username)
                .query(InvitationRepository::row).list();
    }

    /** Takes the invitation's row lock until the transaction ends: one answer at a time. */
    public void lock(long id) {
        jdbc.sql("select id from dialogue_invitation where id = ? for update").param(id).query(Long.class).optional();
    }

    private static Invitation row(ResultSet rs, int n) throws SQLException {
        String answer = rs.getString("answer");
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Invitation(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("username"),
                rs.getString("participant_code"), AttendanceCapacity.valueOf(rs.getString("capacity")),
                rs.getTimestamp("invited_at").toInstant(), rs.getString("invited_by"),
                answer == null ? null : InvitationAnswer.valueOf(answer),
                answeredAt == null ? null : answeredAt.toInstant());
    }
}
