package org.trackone.csbm.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.trackone.csbm.ImplementationReport;
import org.trackone.csbm.ImplementationReports;
import org.trackone.web.ApiController;

/** The annual implementation report of a body's regime, as JSON. */
@ApiController
@Tag(name = "Compliance")
class ReportsApi {

    private final ImplementationReports reports;

    ReportsApi(ImplementationReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/csbm/bodies/{body}/reports/{year}")
    @PreAuthorize("isAuthenticated()")
    @Operation(operationId = "readImplementationReport", summary = "The annual implementation report of a year",
            description = "Each state's compliance, the activities notified, what was late or missing and the "
                    + "requests still open; the same as the page /csbm/{body}/reports/{year} and its PDF. The "
                    + "secretariat and the delegates of participating states; every account when the body's record "
                    + "rule is PUBLIC, without the requests, incident reports and hotline messages (publicPart).")
    ImplementationReport report(@PathVariable String body, @PathVariable int year, Authentication authentication) {
        return reports.report(body, year, authentication.getName());
    }
}
