package org.trackone.csbm.internal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.trackone.NotFound;
import org.trackone.csbm.IdempotentSubmissions;
import org.trackone.csbm.ItemKind;
import org.trackone.csbm.AnnualExchanges;
import org.trackone.csbm.ExchangeCsv;
import org.trackone.csbm.ExchangeDraft;
import org.trackone.csbm.InformationExchange;
import org.trackone.csbm.MilitaryInformation;
import org.trackone.web.ApiController;

/**
 * The annual exchange of military information. Importing a state's exchange is sending
 * it here as JSON (as a draft first, or submitted at once) or as CSV (as a draft).
 */
@ApiController
@Tag(name = "Annual exchange", description = "Each state's yearly military expenditure (United Nations matrix, "
        + "simplified form or nil report), forces and defence planning. Drafts are private to the state; a "
        + "submission is final; a correction is a new version.")
class ExchangesApi {

    private static final String BASE = "/api/v1/csbm/bodies/{body}/exchanges";

    private final AnnualExchanges exchanges;
    private final IdempotentSubmissions submissions;

    ExchangesApi(AnnualExchanges exchanges, IdempotentSubmissions submissions) {
        this.exchanges = exchanges;
        this.submissions = submissions;
    }

    @GetMapping(BASE)
    @PreAuthorize("isAuthenticated()")
    @Operation(operationId = "listExchanges", summary = "List the submitted exchanges of a body",
            description = "The latest version of each state's exchange for each year. The secretariat and the "
                    + "delegates of participating states; every account when the body's record rule is PUBLIC.")
    List<InformationExchange> list(@PathVariable String body, Authentication authentication) {
        return exchanges.latest(body, authentication.getName());
    }

    @GetMapping(BASE + "/{state}/{year}")
    @PreAuthorize("isAuthenticated()")
    @Operation(operationId = "readExchange", summary = "Every version of a state's exchange for a year",
            description = "Oldest first; each correction names the version it corrects. For the readers of the "
                    + "body's exchanges: every account when its record rule is PUBLIC.")
    List<InformationExchange> versions(@PathVariable String body, @PathVariable String state, @PathVariable int year,
            Authentication authentication) {
        return exchanges.versions(body, state, year, authentication.getName());
    }

    @PostMapping(BASE + "/{state}/{year}")
    @PreAuthorize("hasRole('DELEGATE')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Submitted; final.")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = Submitted.FIRST_RESULT)
    @Operation(operationId = "submitExchange", summary = "Submit a state's exchange for a year",
            description = "A defence-ministry delegate, for its own state. A second submission for the same year "
                    + "must be a correction: name the latest version in 'corrects'.")
    ResponseEntity<InformationExchange> submit(@PathVariable String body, @PathVariable String state,
            @PathVariable int year, @RequestBody Submission submission, @RequestHeader(name = Submitted.IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey,
            Authentication authentication) {
        String username = authentication.getName();
        var outcome = submissions.once(username, idempotencyKey, ItemKind.ANNUAL_EXCHANGE,
                List.of(body, state, year, submission), () -> exchanges.submit(body, state, year, submission.information(), submission.corrects(), username),
                InformationExchange::id, id -> exchanges.version(id, username));
        return Submitted.answer(outcome, BASE + "/{state}/{year}", body, state, year);
    }

    @PutMapping(path = BASE + "/{state}/{year}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "saveExchangeDraft", summary = "Save (import) a draft of a state's exchange",
            description = "A defence-ministry delegate, for its own state; replaces the draft saved before. Only "
                    + "the state's own delegates see it.")
    ExchangeDraft saveDraft(@PathVariable String body, @PathVariable String state, @PathVariable int year,
            @RequestBody MilitaryInformation information, Authentication authentication) {
        return exchanges.saveDraft(body, state, year, information, authentication.getName());
    }

    @PutMapping(path = BASE + "/{state}/{year}/draft", consumes = ExchangeCsv.MEDIA_TYPE)
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "saveExchangeDraftFromCsv", summary = "Save (import) a draft from a CSV file",
            description = "The same as the JSON draft, sent as text/csv (UTF-8): a header naming the columns, then "
                    + "one row per record (BUDGET, EXPENDITURE, FORMATION, POLICY, PLANNED_BUDGET), laid out as the "
                    + "README describes. Checked by the same rules; a refusal names the row and column, such as "
                    + "rows[7].personnel (the header is row 1), and nothing is saved. Larger than 1 MB: 413.")
    ExchangeDraft saveDraftFromCsv(@PathVariable String body, @PathVariable String state, @PathVariable int year,
            @RequestBody(required = false) byte @Nullable [] csv, Authentication authentication) {
        return exchanges.saveDraft(body, state, year, ExchangeCsv.read("csv", csv), authentication.getName());
    }

    @GetMapping(BASE + "/{state}/{year}/draft")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "readExchangeDraft", summary = "Read the state's draft for a year",
            description = "The state's own delegates only.")
    ExchangeDraft draft(@PathVariable String body, @PathVariable String state, @PathVariable int year,
            Authentication authentication) {
        return exchanges.draft(body, state, year, authentication.getName())
                .orElseThrow(() -> new NotFound("draft exchange of " + state + " for", year));
    }

    @Schema(description = "An exchange to submit: the information and, for a correction, the version it corrects.")
    record Submission(@Nullable MilitaryInformation information, @Nullable Integer corrects) {
    }
}
