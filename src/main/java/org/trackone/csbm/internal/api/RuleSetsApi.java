package org.trackone.csbm.internal.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.trackone.RuleViolation;
import org.trackone.csbm.RegimeHistory;
import org.trackone.csbm.Regimes;
import org.trackone.csbm.RuleSet;
import org.trackone.csbm.RuleSetVersion;
import org.trackone.web.ApiController;

/** The versions of a body's regime. Anyone signed in reads; the secretariat adopts new versions. */
@ApiController
@RequestMapping("/api/v1/csbm/bodies/{body}/rule-sets")
@Tag(name = "Regime rules", description = "A body's confidence-building regime as versioned rules: measures in "
        + "force, thresholds, notice periods, deadlines and reply times.")
class RuleSetsApi {

    private final Regimes regimes;

    RuleSetsApi(Regimes regimes) {
        this.regimes = regimes;
    }

    @GetMapping
    @Operation(operationId = "listRuleSets", summary = "List the versions of a body's regime",
            description = "Oldest first; the one in force today is marked.")
    List<RuleSetResponse> list(@PathVariable String body) {
        RegimeHistory history = regimes.history(body);
        Optional<RuleSetVersion> inForce = history.inForceOn(today());
        return history.versions().stream().map(v -> RuleSetResponse.of(v, inForce.map(v::equals).orElse(false)))
                .toList();
    }

    @GetMapping("/{version}")
    @Operation(operationId = "readRuleSet", summary = "Read one version of a body's regime")
    RuleSetResponse read(@PathVariable String body, @PathVariable int version) {
        RuleSetVersion found = regimes.version(body, version);
        return RuleSetResponse.of(found, regimes.history(body).inForceOn(today()).map(found::equals).orElse(false));
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Adopted as the next version.")
    @Operation(operationId = "adoptRuleSet", summary = "Adopt a new version of a body's regime",
            description = "Secretariat only. The new version applies from effectiveFrom, which must be after today "
                    + "and not before the latest version's: submissions already judged keep their verdicts.")
    ResponseEntity<RuleSetResponse> adopt(@PathVariable String body, @RequestBody AdoptRuleSet request,
            Authentication authentication) {
        if (request.effectiveFrom() == null) {
            throw new RuleViolation("effectiveFrom", "csbm.required");
        }
        if (request.rules() == null) {
            throw new RuleViolation("rules", "csbm.required");
        }
        RuleSetVersion adopted;
        try {
            adopted = regimes.adopt(body, request.rules(), request.effectiveFrom(), authentication.getName());
        } catch (RuleViolation e) {
            // A rule the version must set (a time older versions lack) is named inside "rules".
            throw e.field().equals("effectiveFrom") ? e
                    : new RuleViolation("rules." + e.field(), e.messageCode(), e.arguments());
        }
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/csbm/bodies/{body}/rule-sets/{version}")
                        .buildAndExpand(body, adopted.version()).encode().toUri())
                .body(RuleSetResponse.of(adopted, false));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Schema(description = "A new version of the rules and the day it applies from.")
    record AdoptRuleSet(@Nullable LocalDate effectiveFrom, @Nullable RuleSet rules) {
    }
}
