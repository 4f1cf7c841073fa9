package org.trackone.dialogue.internal.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.trackone.dialogue.AttendanceCapacity;
import org.trackone.dialogue.DelegationInvitation;
import org.trackone.dialogue.Invitation;
import org.trackone.dialogue.InvitationAnswer;
import org.trackone.dialogue.Invitations;
import org.trackone.dialogue.internal.Viewer;
import org.trackone.web.ApiController;

/** Invitations to meetings: the secretariat invites persons and delegations, who accept or decline. */
@ApiController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Invitations", description = "The secretariat invites a person to a meeting in a capacity (official "
        + "delegate, private capacity, expert, observer, secretariat), for a participant or not; the person accepts "
        + "(and is registered in that capacity) or declines, once. A meeting of a body whose records are not public "
        + "registers invited persons only. The secretariat also invites a state's delegation in a capacity: each "
        + "delegate of that state accepts for themselves (and is registered in that capacity), or one of them "
        + "declines for the delegation, once, while none of its delegates is registered; a meeting that is not "
        + "public then registers that state's delegates too.")
class InvitationsApi {

    private final Invitations invitations;

    InvitationsApi(Invitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/api/v1/meetings/{id}/invitations")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Invited.")
    @Operation(operationId = "invite", summary = "Invite a person to a meeting", description = "Secretariat only. "
            + "A person is invited once to a meeting (422 naming username otherwise).")
    ResponseEntity<Invitation> invite(@PathVariable long id, @Valid @RequestBody InvitationRequest request,
            Authentication authentication) {
        Invitation invitation = invitations.invite(id, request.username(), request.participant(), request.capacity(),
                Viewer.of(authentication).reader());
        return ResponseEntity.created(URI.create("/api/v1/invitations/" + invitation.id())).body(invitation);
    }

    @GetMapping("/api/v1/meetings/{id}/invitations")
    @Operation(operationId = "listInvitations", summary = "The invitations to a meeting",
            description = "For those who may read its attendance list (403 otherwise).")
    List<Invitation> ofMeeting(@PathVariable long id, Authentication authentication) {
        return invitations.ofMeeting(id, Viewer.of(authentication).reader());
    }

    @GetMapping("/api/v1/invitations")
    @Operation(operationId = "myInvitations", summary = "The caller's own invitations, newest first")
    List<Invitation> mine(Authentication authentication) {
        return invitations.mine(Viewer.of(authentication).reader());
    }

    @PostMapping("/api/v1/invitations/{invitation}/answer")
    @Operation(operationId = "answerInvitation", summary = "Accept or decline an invitation",
            description = "The invited person only (403 otherwise), once (422 naming answer after that). Accepting "
                    + "registers the person in the invited capacity.")
    Invitation answer(@PathVariable long invitation, @Valid @RequestBody AnswerRequest request,
            Authentication authentication) {
        return invitations.answer(invitation, request.answer(), Viewer.of(authentication).reader());
    }

    @PostMapping("/api/v1/meetings/{id}/delegation-invitations")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Invited.")
    @Operation(operationId = "inviteDelegation", summary = "Invite a state's delegation to a meeting",
            description = "Secretariat only. A state (422 naming participant otherwise), once per meeting, in a "
                    + "capacity (422 naming capacity when missing).")
    ResponseEntity<DelegationInvitation> inviteDelegation(@PathVariable long id,
            @Valid @RequestBody DelegationInvitationRequest request, Authentication authentication) {
        DelegationInvitation invitation = invitations.inviteDelegation(id, request.participant(), request.capacity(),
                Viewer.of(authentication).reader());
        return ResponseEntity.created(URI.create("/api/v1/delegation-invitations/" + invitation.id())).body(invitation);
    }

    @GetMapping("/api/v1/meetings/{id}/delegation-invitations")
    @Operation(operationId = "listDelegationInvitations", summary = "The delegations invited to a meeting",
            description = "For those who may read its attendance list (403 otherwise); each with the delegates "
                    + "who accepted and whether the delegation declined.")
    List<DelegationInvitation> delegationsOfMeeting(@PathVariable long id, Authentication authentication) {
        return invitations.delegationsOfMeeting(id, Viewer.of(authentication).reader());
    }

    @GetMapping("/api/v1/delegation-invitations")
    @Operation(operationId = "myDelegationInvitations", summary = "The invitations of the caller's own delegation",
            description = "Newest first; empty for anyone but a delegate.")
    List<DelegationInvitation> ofMyDelegation(Authentication authentication) {
        return invitations.ofMyDelegation(Viewer.of(authentication).reader());
    }

    @PostMapping("/api/v1/delegation-invitations/{invitation}/answer")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "answerDelegationInvitation", summary = "Accept for yourself, or decline for your delegation",
            description = "A delegate of the invited state only (403 otherwise). ACCEPTED registers the caller in "
                    + "the invited capacity, once; DECLINED answers for the delegation, once, and only while none of "
                    + "its delegates is registered for the meeting (422 naming answer otherwise).")
    DelegationInvitation answerForDelegation(@PathVariable long invitation, @Valid @RequestBody AnswerRequest request,
            Authentication authentication) {
        return invitations.answerForDelegation(invitation, request.answer(), Viewer.of(authentication).reader());
    }

    record DelegationInvitationRequest(@Size(max = 32) @Nullable String participant,
            @Nullable AttendanceCapacity capacity) {
    }

    record InvitationRequest(@Size(max = 64) @Nullable String username, @Size(max = 32) @Nullable String participant,
            @Nullable AttendanceCapacity capacity) {
    }

    record AnswerRequest(@Nullable InvitationAnswer answer) {
    }
}
