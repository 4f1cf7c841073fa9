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
import org.trackone.csbm.HazardousIncident;
import org.trackone.csbm.HazardousIncidents;
import org.trackone.csbm.IncidentReport;
import org.trackone.csbm.internal.api.RequestsApi.ReplyInput;
import org.trackone.web.ApiController;

/** Hazardous incident reports: filed by one state, delivered to the other, acknowledged and answered by it. */
@ApiController
@Tag(name = "Hazardous incidents", description = "Reports of hazardous incidents at sea or in the air, delivered "
        + "to the other state involved, which acknowledges and replies once.")
class IncidentsApi {

    private final HazardousIncidents incidents;
    private final IdempotentSubmissions submissions;

    IncidentsApi(HazardousIncidents incidents, IdempotentSubmissions submissions) {
        this.incidents = incidents;
        this.submissions = submissions;
    }

    @GetMapping("/api/v1/csbm/bodies/{body}/incidents")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
    @Operation(operationId = "listIncidents", summary = "List a body's hazardous incident reports",
            description = "Newest first; the secretariat and the delegates of participating states.")
    List<HazardousIncident> list(@PathVariable String body, Authentication authentication) {
        return incidents.ofBody(body, authentication.getName());
    }

    @PostMapping("/api/v1/csbm/bodies/{body}/incidents")
    @PreAuthorize("hasRole('DELEGATE')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Reported and delivered.")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = Submitted.FIRST_RESULT)
    @Operation(operationId = "reportIncident", summary = "Report a hazardous incident",
            description = "A delegate of a participating state, either ministry, for its own state: the time (not in "
                    + "the future), the position, the units involved, the closest approach in metres and what "
                    + "happened. Delivered to the other state's inbox.")
    ResponseEntity<HazardousIncident> report(@PathVariable String body, @RequestBody IncidentReport report,
            @RequestHeader(name = Submitted.IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey, Authentication authentication) {
        String username = authentication.getName();
        var outcome = submissions.once(username, idempotencyKey, ItemKind.HAZARDOUS_INCIDENT,
                List.of(body, report), () -> incidents.report(body, report, username), HazardousIncident::id,
                id -> incidents.incident(id, username));
        return Submitted.answer(outcome, "/api/v1/csbm/incidents/{id}", outcome.item().id());
    }

    @GetMapping("/api/v1/csbm/incidents/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
    @Operation(operationId = "readIncident", summary = "Read an incident report with its acknowledgement and reply")
    HazardousIncident read(@PathVariable long id, Authentication authentication) {
        return incidents.incident(id, authentication.getName());
    }

    @PostMapping("/api/v1/csbm/incidents/{id}/acknowledgements")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "acknowledgeIncident", summary = "Acknowledge an incident report for the delegate's state",
            description = "Only the state it was delivered to; the first acknowledgement stands.")
    HazardousIncident acknowledge(@PathVariable long id, Authentication authentication) {
        return incidents.acknowledge(id, authentication.getName());
    }

    @PostMapping("/api/v1/csbm/incidents/{id}/reply")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "replyToIncident", summary = "Reply to an incident report",
            description = "A delegate of the state it is addressed to, once: a second reply is refused (422).")
    HazardousIncident reply(@PathVariable long id, @RequestBody ReplyInput input, Authentication authentication) {
        return incidents.reply(id, input.answer(), authentication.getName());
    }
}
