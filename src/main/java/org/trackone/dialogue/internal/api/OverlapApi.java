package org.trackone.dialogue.internal.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.trackone.PlainText;
import org.trackone.dialogue.AnalysisAssignment;
import org.trackone.dialogue.ExpertAnalysis;
import org.trackone.dialogue.OverlapReport;
import org.trackone.dialogue.Overlaps;
import org.trackone.web.ApiController;

/** The overlap report of a meeting and the assignment of its recurring topics to experts. */
@ApiController
@RequestMapping("/api/v1/meetings/{id}")
@Tag(name = "Overlap", description = "The topics that recur across a meeting's national perspectives, in how many "
        + "and which perspectives (by perspective id), with passages; and the topics the secretariat assigned to "
        + "experts' analyses.")
class OverlapApi {

    private final Overlaps overlaps;

    OverlapApi(Overlaps overlaps) {
        this.overlaps = overlaps;
    }

    @GetMapping("/overlap")
    @PreAuthorize("@dialogueAccess.readsWorkOf(#id, authentication)")
    @Operation(operationId = "overlapReport", summary = "The overlap report",
            description = "Over the latest version of each perspective. A topic recurs when at least half of the "
                    + "perspectives (and at least two) discuss it. Secretariat, delegates and experts.")
    OverlapReport report(@PathVariable long id) {
        return overlaps.report(id);
    }

    @GetMapping("/analysis-assignments")
    @PreAuthorize("@dialogueAccess.readsWorkOf(#id, authentication)")
    @Operation(operationId = "listAnalysisAssignments", summary = "Topics assigned to experts")
    List<AnalysisAssignment> assignments(@PathVariable long id) {
        return overlaps.assignments(id);
    }

    @PostMapping("/analysis-assignments")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Assigned.")
    @Operation(operationId = "assignTopic", summary = "Assign a topic to an expert",
            description = "Secretariat only. The topic is a catalogue topic id (as in the report); the expert is "
                    + "the account name of an expert. An assignment is on record and cannot be withdrawn.")
    ResponseEntity<AnalysisAssignment> assign(@PathVariable long id, @Valid @RequestBody AssignmentRequest request,
            Authentication authentication) {
        AnalysisAssignment assignment = overlaps.assign(id, request.topic(), request.expert(), request.note(),
                authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/analysis-assignments"))
                .body(assignment);
    }

    @GetMapping("/analyses")
    @PreAuthorize("@dialogueAccess.readsWorkOf(#id, authentication)")
    @Operation(operationId = "listAnalyses", summary = "Experts' analyses of the assigned topics",
            description = "The latest version of each.")
    List<ExpertAnalysis> analyses(@PathVariable long id) {
        return overlaps.analyses(id);
    }

    @PostMapping("/analysis-assignments/{assignment}/analyses")
    @PreAuthorize("hasRole('EXPERT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Submitted.")
    @Operation(operationId = "submitAnalysis", summary = "Submit an analysis of an assigned topic",
            description = "The expert the topic is assigned to (403 for any other). A resubmission is the next "
                    + "version. Text: 1 to 50,000 characters.")
    ResponseEntity<ExpertAnalysis> submitAnalysis(@PathVariable long id, @PathVariable long assignment,
            @Valid @RequestBody AnalysisRequest request, Authentication authentication) {
        ExpertAnalysis analysis = overlaps.submitAnalysis(id, assignment, request.text(), authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/analyses")).body(analysis);
    }

    record AnalysisRequest(@PlainText @Size(max = 50_000) @Nullable String text) {
    }

    record AssignmentRequest(@NotBlank @Size(max = 64) @Nullable String topic,
            @NotBlank @Size(max = 64) @Nullable String expert,
            @PlainText @Size(max = 1000) @Nullable String note) {
    }
}
