package org.trackone.dialogue;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.dialogue.internal.InvitationRepository;
import org.trackone.dialogue.internal.RecordRepository;

/**
 * Invitations to meetings. The secretariat invites a person (an account), for a
 * participant or in a capacity of their own; the person accepts, and is then registered
 * in that capacity, or declines, once. A meeting of a body whose records are not public
 * registers only invited persons who have not declined (see {@link Records#register}).
 */
@Service
public class Invitations {

    private final InvitationRepository repository;
    private final RecordRepository attendance;
    private final Meetings meetings;
    private final Records records;

    Invitations(InvitationRepository repository, RecordRepository attendance, Meetings meetings, Records records) {
        this.repository = repository;
        this.attendance = attendance;
        this.meetings = meetings;
        this.records = records;
    }

    @Transactional
    public Invitation invite(long meetingId, @Nullable String username, @Nullable String participant,
            @Nullable AttendanceCapacity capacity, RecordReader secretariat) {
        if (!secretariat.secretariat()) {
            throw new AccessDeniedException("only the secretariat invites");
        }
        meetings.meeting(meetingId);
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
}
