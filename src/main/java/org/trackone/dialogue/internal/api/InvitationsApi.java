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
import org.trackone.dialogue.Invitation;
import org.trackone.dialogue.InvitationAnswer;
import org.trackone.dialogue.Invitations;
import org.trackone.dialogue.internal.Viewer;
import org.trackone.web.ApiController;

/** Invitations to meetings: the secretariat invites, the invited person accepts or declines. */
@ApiController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Invitations", description = "The secretariat invites a person to a meeting in a capacity (official "
        + "delegate, private capacity, expert, observer, secretariat), for a participant or not; the person accepts "
        + "(and is registered in that capacity) or declines, once. A meeting of a body whose records are not public "
        + "registers invited persons only.")
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

    record InvitationRequest(@Size(max = 64) @Nullable String username, @Size(max = 32) @Nullable String participant,
            @Nullable AttendanceCapacity capacity) {
    }

    record AnswerRequest(@Nullable InvitationAnswer answer) {
    }
}
