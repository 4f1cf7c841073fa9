package org.trackone.csbm.internal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.trackone.csbm.MeetingRecordInput;
import org.trackone.csbm.MeetingScope;
import org.trackone.csbm.RequestInput;
import org.trackone.csbm.RiskReduction;
import org.trackone.csbm.RiskReductionRequest;
import org.trackone.web.ApiController;

/** Risk reduction: clarification requests and consultation on unusual military activity. */
@ApiController
@Tag(name = "Risk reduction", description = "Requests for clarification about submissions and consultation on "
        + "unusual military activity: request, reply by its deadline, meeting request, meeting held; every step timed.")
class RequestsApi {

    private final RiskReduction riskReduction;
    private final IdempotentSubmissions submissions;

    RequestsApi(RiskReduction riskReduction, IdempotentSubmissions submissions) {
        this.riskReduction = riskReduction;
        this.submissions = submissions;
    }

    @GetMapping("/api/v1/csbm/bodies/{body}/requests")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
    @Operation(operationId = "listRequests", summary = "List a body's risk-reduction requests", description = "Newest first.")
    List<RiskReductionRequest> list(@PathVariable String body, Authentication authentication) {
        return riskReduction.ofBody(body, authentication.getName());
    }

    @PostMapping("/api/v1/csbm/bodies/{body}/requests")
    @PreAuthorize("hasRole('DELEGATE')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Sent.")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = Submitted.FIRST_RESULT)
    @Operation(operationId = "sendRequest", summary = "Send a request",
            description = "A delegate of a participating state, either ministry. A clarification names one "
                    + "submission and a reply-by day; a request about unusual military activity names the state "
                    + "asked, and its reply is due within the hours of the rules in force.")
    ResponseEntity<RiskReductionRequest> ask(@PathVariable String body, @RequestBody RequestInput input,
            @RequestHeader(name = Submitted.IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey, Authentication authentication) {
        String username = authentication.getName();
        var outcome = submissions.once(username, idempotencyKey, ItemKind.RISK_REDUCTION_REQUEST,
                List.of(body, input), () -> riskReduction.ask(body, input, username), RiskReductionRequest::id,
                id -> riskReduction.request(id, username));
        return Submitted.answer(outcome, "/api/v1/csbm/requests/{id}", outcome.item().id());
    }

    @GetMapping("/api/v1/csbm/requests/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
    @Operation(operationId = "readRequest", summary = "Read a request with its reply and meeting")
    RiskReductionRequest read(@PathVariable long id, Authentication authentication) {
        return riskReduction.request(id, authentication.getName());
    }

    @PostMapping("/api/v1/csbm/requests/{id}/reply")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "replyToRequest", summary = "Reply to a request",
            description = "A delegate of the state asked. The reply closes the request; a second one is refused.")
    RiskReductionRequest reply(@PathVariable long id, @RequestBody ReplyInput input, Authentication authentication) {
        return riskReduction.reply(id, input.answer(), authentication.getName());
    }

    @PostMapping("/api/v1/csbm/requests/{id}/meeting")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "requestMeeting", summary = "Request a meeting after the reply",
            description = "The requesting state, about unusual military activity, after the reply: bilateral or all "
                    + "participating states, due within the hours of the rules.")
    RiskReductionRequest meeting(@PathVariable long id, @RequestBody MeetingInput input,
            Authentication authentication) {
        return riskReduction.requestMeeting(id, input.scope(), authentication.getName());
    }

    @PostMapping("/api/v1/csbm/requests/{id}/meeting-record")
    @PreAuthorize("hasRole('DELEGATE')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Recorded.")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = Submitted.FIRST_RESULT)
    @Operation(operationId = "recordMeeting", summary = "Record the meeting held after the meeting request",
            description = "A delegate of the requesting state or of the state asked, once: when (not in the future, "
                    + "not before the meeting request) and where it was held, the states present and the outcome. "
                    + "The request then shows whether the meeting was held by its deadline or how many hours late; "
                    + "the record is delivered to the other state, or to every other state for an all-states meeting.")
    ResponseEntity<RiskReductionRequest> recordMeeting(@PathVariable long id, @RequestBody MeetingRecordInput input,
            @RequestHeader(name = Submitted.IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey,
            Authentication authentication) {
        String username = authentication.getName();
        var outcome = submissions.once(username, idempotencyKey, ItemKind.MEETING_RECORD, List.of(id, input),
                () -> riskReduction.recordMeetingHeld(id, input, username), RiskReductionRequest::id,
                requestId -> riskReduction.request(requestId, username));
        return Submitted.answer(outcome, "/api/v1/csbm/requests/{id}", id);
    }

    @Schema(description = "The answer of the state asked.")
    record ReplyInput(@Nullable String answer) {
    }

    @Schema(description = "Who is to meet.")
    record MeetingInput(@Nullable MeetingScope scope) {
    }
}
