package org.trackone.dialogue;

import java.util.List;

import org.jspecify.annotations.Nullable;
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
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.ParticipantKind;

/**
 * Invitations to meetings. The secretariat invites a person (an account), for a
 * participant or in a capacity of their own; the person accepts, and is then registered
 * in that capacity, or declines, once. The secretariat also invites a state's delegation
 * in a capacity: each delegate of that state accepts for themselves (and is registered in
 * that capacity), or one of them declines for the delegation, once, while none of its
 * delegates is registered. A meeting of a body whose records are not public registers
 * only invited persons and the delegates of invited delegations, neither having declined
 * (see {@link Records#register}).
 */
@Service
public class Invitations {

    private final InvitationRepository repository;
    private final RecordRepository attendance;
    private final Meetings meetings;
    private final Records records;
    private final Accounts accounts;
    private final FrameworkDirectory framework;

    Invitations(InvitationRepository repository, RecordRepository attendance, Meetings meetings, Records records,
            Accounts accounts, FrameworkDirectory framework) {
        this.repository = repository;
        this.attendance = attendance;
        this.meetings = meetings;
        this.records = records;
        this.accounts = accounts;
        this.framework = framework;
    }

    @Transactional
    public Invitation invite(long meetingId, @Nullable String username, @Nullable String participant,
            @Nullable AttendanceCapacity capacity, RecordReader secretariat) {
        requireSecretariatAndMeeting(meetingId, secretariat);
        Records.Person person = records.person(username, participant, capacity);
        long id = repository.insert(meetingId, person.username(), person.participant(), person.capacity(),
                String.valueOf(secretariat.username()))
                .orElseThrow(() -> new RuleViolation("username", "dialogue.invitation.already", person.username()));
        return repository.invitation(id).orElseThrow();
    }

    /** The invitations to a meeting: for those who may read its attendance list. */
    @Transactional(readOnly = true)
    public List<Invitation> ofMeeting(long meetingId, RecordReader reader) {
        records.attendance(meetingId, reader);
        return repository.ofMeeting(meetingId);
    }

    /** The reader's own invitations, newest first. */
    @Transactional(readOnly = true)
    public List<Invitation> mine(RecordReader reader) {
        return reader.username() == null ? List.of() : repository.of(reader.username());
    }

    /** The invited person answers, once; an acceptance registers them in the invited capacity. */
    @Transactional
    public Invitation answer(long invitationId, @Nullable InvitationAnswer answer, RecordReader invitee) {
        Invitation invitation = repository.invitation(invitationId)
                .orElseThrow(() -> new NotFound("invitation", invitationId));
        if (!invitation.username().equals(invitee.username())) {
            throw new AccessDeniedException("only the invited person answers invitation " + invitationId);
        }
        InvitationAnswer given = Required.value("answer", answer);
        repository.lock(invitationId);
        boolean registered = attendance.attends(invitation.meetingId(), invitation.username());
        if (given == InvitationAnswer.DECLINED && registered) {
            throw new RuleViolation("answer", "dialogue.invitation.registered");
        }
        if (!repository.answer(invitationId, given, invitation.username())) {
            throw new RuleViolation("answer", "dialogue.invitation.answered");
        }
        if (given == InvitationAnswer.ACCEPTED && !registered) {
            attendance.register(invitation.meetingId(), invitation.username(), invitation.participant(),
                    invitation.capacity(), invitation.username());
        }
        return repository.invitation(invitationId).orElseThrow();
    }

    // Delegations

    /** The secretariat invites a state's delegation in a capacity, once per meeting. */
    @Transactional
    public DelegationInvitation inviteDelegation(long meetingId, @Nullable String participant,
            @Nullable AttendanceCapacity capacity, RecordReader secretariat) {
        requireSecretariatAndMeeting(meetingId, secretariat);
        String code = Required.value("participant", participant).strip();
        if (framework.findParticipant(code).filter(p -> p.kind() == ParticipantKind.STATE).isEmpty()) {
            throw new RuleViolation("participant", "dialogue.invitation.notAState", code);
        }
        AttendanceCapacity given = Required.value("capacity", capacity);
        long id = repository.insertDelegation(meetingId, code, given, String.valueOf(secretariat.username()))
                .orElseThrow(() -> new RuleViolation("participant", "dialogue.invitation.delegationAlready", code));
        return repository.delegationInvitation(id).orElseThrow();
    }

    /** The delegations invited to a meeting: for those who may read its attendance list. */
    @Transactional(readOnly = true)
    public List<DelegationInvitation> delegationsOfMeeting(long meetingId, RecordReader reader) {
        records.attendance(meetingId, reader);
        return repository.delegationsOfMeeting(meetingId);
    }

    /** The invitations of the reader's own delegation, newest first; none for anyone but a delegate. */
    @Transactional(readOnly = true)
    public List<DelegationInvitation> ofMyDelegation(RecordReader reader) {
        String delegation = delegationOf(reader);
        return delegation == null ? List.of() : repository.delegationsOf(delegation);
    }

    /**
     * A delegate of the invited state answers: an acceptance is the delegate's own, once,
     * and registers them in the invited capacity; a refusal is the delegation's, once, and
     * only while none of its delegates is registered for the meeting. Nobody accepts once
     * the delegation has declined.
     */
    @Transactional
    public DelegationInvitation answerForDelegation(long invitationId, @Nullable InvitationAnswer answer,
            RecordReader delegate) {
        DelegationInvitation invitation = repository.delegationInvitation(invitationId)
                .orElseThrow(() -> new NotFound("delegation invitation", invitationId));
        if (!invitation.participant().equals(delegationOf(delegate))) {
            throw new AccessDeniedException("only a delegate of " + invitation.participant()
                    + " answers delegation invitation " + invitationId);
        }
        InvitationAnswer given = Required.value("answer", answer);
        String username = String.valueOf(delegate.username());
        repository.lockDelegation(invitationId);
        invitation = repository.delegationInvitation(invitationId).orElseThrow();
        if (invitation.declined()) {
            throw new RuleViolation("answer", "dialogue.invitation.delegationDeclined", invitation.participant());
        }
        if (given == InvitationAnswer.DECLINED) {
            if (attendance.attendeesFor(invitation.meetingId(), invitation.participant()) > 0) {
                throw new RuleViolation("answer", "dialogue.invitation.delegationRegistered");
            }
            repository.decline(invitationId, username);
        } else {
            if (!repository.accept(invitationId, username)) {
                throw new RuleViolation("answer", "dialogue.invitation.answered");
            }
            if (!attendance.attends(invitation.meetingId(), username)) {
                attendance.register(invitation.meetingId(), username, invitation.participant(), invitation.capacity(),
                        username);
            }
        }
        return repository.delegationInvitation(invitationId).orElseThrow();
    }

    private void requireSecretariatAndMeeting(long meetingId, RecordReader reader) {
        if (!reader.secretariat()) {
            throw new AccessDeniedException("only the secretariat invites");
        }
        meetings.meeting(meetingId);
    }

    /** The state a reader acts for as a delegate, from their account; null for anyone else. */
    private @Nullable String delegationOf(RecordReader reader) {
        return reader.username() == null ? null : accounts.find(reader.username())
                .filter(a -> a.role() == Role.DELEGATE).map(Account::participant).orElse(null);
    }
}
