package org.trackone.framework.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trackone.ResultPage;
import org.trackone.ResultPage.PageRequest;
import org.trackone.RuleViolation;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.FrameworkDirectory.ProposalFilter;
import org.trackone.framework.HistoricalDate;
import org.trackone.framework.ParticipantCode;
import org.trackone.framework.ProposalScope;
import org.trackone.web.ApiController;

/** The historical record of proposals for a framework. Read only. */
@ApiController
@RequestMapping(ApiRequests.BASE + "/proposals")
@Tag(name = "Proposals", description = "The history of proposals for a framework: who proposed what, when and "
        + "where, and how each participant reacted.")
class ProposalsApi {

    private final FrameworkDirectory directory;

    ProposalsApi(FrameworkDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(operationId = "listProposals", summary = "List proposals",
            description = "Oldest first. Every filter left out matches any value; years are inclusive and compare "
                    + "with the year the proposal was made.")
    PageResponse<ProposalResponse> list(
            @Parameter(description = "Only proposals this participant made or joined (a participant code).",
                    example = "XYZ") @RequestParam(required = false) @Nullable String proposer,
            @Parameter(description = "Only proposals of this reach.") @RequestParam(required = false)
            @Nullable ProposalScope scope,
            @Parameter(description = "Only proposals made in or after this year.", example = "1990")
            @RequestParam(required = false) @Min(HistoricalDate.MIN_YEAR) @Max(HistoricalDate.MAX_YEAR)
            @Nullable Integer from,
            @Parameter(description = "Only proposals made in or before this year.", example = "1999")
            @RequestParam(required = false) @Min(HistoricalDate.MIN_YEAR) @Max(HistoricalDate.MAX_YEAR)
            @Nullable Integer to,
            @Parameter(description = "Zero-based page number.") @RequestParam(defaultValue = ApiRequests.DEFAULT_PAGE)
            @Min(0) int page,
            @Parameter(description = "Items per page.") @RequestParam(defaultValue = ApiRequests.DEFAULT_SIZE)
            @Min(1) @Max(ResultPage.MAX_SIZE) int size) {
        if (from != null && to != null && to < from) {
            throw new RuleViolation("to", "validation.yearsOutOfOrder", String.valueOf(from));
        }
        PageRequest request = new PageRequest(page, size);
        ProposalFilter filter = new ProposalFilter(proposer == null ? null : proposer(proposer), scope, from, to);
        return PageResponse.of(ResultPage.of(directory.proposals(filter), request), ProposalResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "readProposal", summary = "Read a proposal")
    ProposalResponse read(@PathVariable long id) {
        return ProposalResponse.of(directory.proposal(id));
    }

    private ParticipantCode proposer(String code) {
        if (!ParticipantCode.PATTERN.matcher(code).matches()) {
            throw new RuleViolation("proposer", "validation.code");
        }
        return directory.findParticipant(code).map(p -> p.code())
                .orElseThrow(() -> new RuleViolation("proposer", "validation.unknownParticipant", code));
    }
}
