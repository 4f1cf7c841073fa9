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
import org.trackone.dialogue.DelegationInvitation;
import org.trackone.dialogue.Invitation;
import org.trackone.dialogue.InvitationAnswer;

/** Invitations to meetings, of persons and of delegations, and their answers, in plain SQL. Rows are only ever inserted. */
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

    // Delegations

    private static final String DELEGATION_SELECT = """
            select i.id, i.meeting_id, i.participant_code, i.capacity, i.invited_at, i.invited_by,
                   array(select a.username from dialogue_delegation_acceptance a where a.invitation_id = i.id
                         order by a.accepted_at, a.username) as accepted_by,
                   d.declined_at, d.declined_by
            from dialogue_delegation_invitation i left join dialogue_delegation_decline d on d.invitation_id = i.id""";

    /** @return the new invitation's id; empty when the delegation is already invited to the meeting */
    public Optional<Long> insertDelegation(long meetingId, String participant, AttendanceCapacity capacity,
            String actor) {
        return jdbc.sql("""
                insert into dialogue_delegation_invitation (meeting_id, participant_code, capacity, invited_by)
                values (?, ?, ?, ?) on conflict do nothing returning id""")
                .params(meetingId, participant, capacity.name(), actor).query(Long.class).optional();
    }

    public Optional<DelegationInvitation> delegationInvitation(long id) {
        return jdbc.sql(DELEGATION_SELECT + " where i.id = ?").param(id).query(InvitationRepository::delegationRow)
                .optional();
    }

    public Optional<DelegationInvitation> delegationInvitation(long meetingId, String participant) {
        return jdbc.sql(DELEGATION_SELECT + " where i.meeting_id = ? and i.participant_code = ?")
                .params(meetingId, participant).query(InvitationRepository::delegationRow).optional();
    }

    public List<DelegationInvitation> delegationsOfMeeting(long meetingId) {
        return jdbc.sql(DELEGATION_SELECT + " where i.meeting_id = ? order by i.participant_code").param(meetingId)
                .query(InvitationRepository::delegationRow).list();
    }

    /** The invitations of one participant's delegation, newest first. */
    public List<DelegationInvitation> delegationsOf(String participant) {
        return jdbc.sql(DELEGATION_SELECT + " where i.participant_code = ? order by i.id desc").param(participant)
                .query(InvitationRepository::delegationRow).list();
    }

    /** @return false when the delegate had already accepted */
    public boolean accept(long invitationId, String username) {
        return jdbc.sql("""
                insert into dialogue_delegation_acceptance (invitation_id, username) values (?, ?)
                on conflict do nothing""").params(invitationId, username).update() == 1;
    }

    /** @return false when the delegation had already declined */
    public boolean decline(long invitationId, String username) {
        return jdbc.sql("""
                insert into dialogue_delegation_decline (invitation_id, declined_by) values (?, ?)
                on conflict do nothing""").params(invitationId, username).update() == 1;
    }

    /** Takes the delegation invitation's row lock until the transaction ends: one answer or registration at a time. */
    public void lockDelegation(long id) {
        jdbc.sql("select id from dialogue_delegation_invitation where id = ? for update").param(id).query(Long.class)
                .optional();
    }

    private static DelegationInvitation delegationRow(ResultSet rs, int n) throws SQLException {
        Timestamp declinedAt = rs.getTimestamp("declined_at");
        return new DelegationInvitation(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("participant_code"),
                AttendanceCapacity.valueOf(rs.getString("capacity")), rs.getTimestamp("invited_at").toInstant(),
                rs.getString("invited_by"), List.of((String[]) rs.getArray("accepted_by").getArray()),
                declinedAt == null ? null : declinedAt.toInstant(), rs.getString("declined_by"));
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
