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
import org.trackone.csbm.Compliance;
import org.trackone.csbm.ComplianceEntry;
import org.trackone.web.ApiController;

/** Each participating state's compliance, by measure and year, as JSON. */
@ApiController
@Tag(name = "Compliance", description = "On time, late (by how much) or missing, for each state, measure and year.")
class ComplianceApi {

    private final Compliance compliance;

    ComplianceApi(Compliance compliance) {
        this.compliance = compliance;
    }

    @GetMapping("/api/v1/csbm/bodies/{body}/compliance")
    @PreAuthorize("isAuthenticated()")
    @Operation(operationId = "readCompliance", summary = "Compliance of every participating state",
            description = "By state, measure and year: the annual exchange and calendar, prior notifications, and "
                    + "the requests and incident reports each state received, answered or not. The secretariat and "
                    + "the delegates of participating states; every account when the body's record rule is PUBLIC.")
    List<ComplianceEntry> compliance(@PathVariable String body,
            @Parameter(description = "One participating state only.") @RequestParam(required = false)
            @Nullable String state,
            @Parameter(description = "First year; the default is four years ago.") @RequestParam(required = false)
            @Nullable Integer from,
            @Parameter(description = "Last year; the default is next year.") @RequestParam(required = false)
            @Nullable Integer to,
            Authentication authentication) {
        return state == null ? compliance.of(body, from, to, authentication.getName())
                : compliance.ofState(body, state, from, to, authentication.getName());
    }
}
