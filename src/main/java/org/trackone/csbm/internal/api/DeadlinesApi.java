package org.trackone.csbm.internal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.trackone.csbm.Deadline;
import org.trackone.csbm.Deadlines;
import org.trackone.web.ApiController;

/** A state's deadlines near or past, as JSON. */
@ApiController
@Tag(name = "Deadlines", description = "Reminders before a state's deadlines pass, and overdue marks after.")
class DeadlinesApi {

    private final Deadlines deadlines;

    DeadlinesApi(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/api/v1/csbm/bodies/{body}/deadlines")
    @PreAuthorize("hasAnyRole('DELEGATE', 'SECRETARIAT')")
    @Operation(operationId = "readDeadlines", summary = "A state's deadlines near or past, most urgent first",
            description = "The state's own annual exchange and calendar not yet submitted, and the replies and "
                    + "acknowledgements it owes (requests, incident reports, hotline messages addressed to it), each "
                    + "with its due time and stage: REMINDER within the lead time before it, OVERDUE after it. A "
                    + "delegate reads its own state's; the secretariat the state asked for, or without one the "
                    + "overdue deadlines of every participating state.")
    List<Deadline> deadlines(@PathVariable String body,
            @Parameter(description = "A participating state; the secretariat only, a delegate's own state otherwise.")
            @RequestParam(required = false) @Nullable String state,
            Authentication authentication) {
        return deadlines.forReader(body, state, authentication.getName());
    }
}
