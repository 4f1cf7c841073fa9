package org.trackone.csbm.internal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.trackone.csbm.IdempotentSubmissions;
import org.trackone.csbm.ItemKind;
import org.trackone.csbm.Hotline;
import org.trackone.csbm.HotlineMessage;
import org.trackone.csbm.HotlineMessageInput;
import org.trackone.web.ApiController;

/** The hotline between two states: urgent messages, their acknowledgement, and escalation to the secretariat. */
@ApiController
@Tag(name = "Hotline", description = "Urgent messages between two participating states, acknowledged with their "
        + "time; escalated to the secretariat when not acknowledged within the minutes of the rules in force.")
class HotlineApi {

    private final Hotline hotline;
    private final IdempotentSubmissions submissions;

    HotlineApi(Hotline hotline, IdempotentSubmissions submissions) {
        this.hotline = hotline;
        this.submissions = submissions;
    }

    @GetMapping("/api/v1/csbm/bodies/{body}/hotline")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
    @Operation(operationId = "listHotlineMessages", summary = "List hotline messages",
            description = "Newest first: every message for the secretariat, those sent or received by its own state "
                    + "for a delegate.")
    List<HotlineMessage> list(@PathVariable String body, Authentication authentication) {
        return hotline.ofBody(body, authentication.getName());
    }

    @PostMapping("/api/v1/csbm/bodies/{body}/hotline")
    @PreAuthorize("hasRole('DELEGATE')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Sent and delivered.")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = Submitted.FIRST_RESULT)
    @Operation(operationId = "sendHotlineMessage", summary = "Send an urgent message over the hotline",
            description = "A delegate of a participating state, either ministry, for its own state, to another "
                    + "participating state; due to be acknowledged within the minutes of the rules in force.")
    ResponseEntity<HotlineMessage> send(@PathVariable String body, @RequestBody HotlineMessageInput input,
            @RequestHeader(name = Submitted.IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey, Authentication authentication) {
        String username = authentication.getName();
        var outcome = submissions.once(username, idempotencyKey, ItemKind.HOTLINE_MESSAGE,
                List.of(body, input), () -> hotline.send(body, input, username), HotlineMessage::id, id -> hotline.message(id, username));
        return Submitted.answer(outcome, "/api/v1/csbm/hotline/{id}", outcome.item().id());
    }

    @GetMapping("/api/v1/csbm/bodies/{body}/hotline/escalations")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Operation(operationId = "listEscalatedHotlineMessages", summary = "Hotline messages escalated to the secretariat",
            description = "Newest first: the messages not acknowledged within the rules' time.")
    List<HotlineMessage> escalated(@PathVariable String body, Authentication authentication) {
        return hotline.escalated(body, authentication.getName());
    }

    @GetMapping("/api/v1/csbm/hotline/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
    @Operation(operationId = "readHotlineMessage", summary = "Read a hotline message",
            description = "The two states and the secretariat.")
    HotlineMessage read(@PathVariable long id, Authentication authentication) {
        return hotline.message(id, authentication.getName());
    }

    @PostMapping("/api/v1/csbm/hotline/{id}/acknowledgements")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "acknowledgeHotlineMessage", summary = "Acknowledge a hotline message for the delegate's state",
            description = "Only the addressee state; its time is recorded and the first acknowledgement stands.")
    HotlineMessage acknowledge(@PathVariable long id, Authentication authentication) {
        return hotline.acknowledge(id, authentication.getName());
    }
}
