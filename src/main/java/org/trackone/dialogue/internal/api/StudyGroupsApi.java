package org.trackone.dialogue.internal.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.trackone.PlainText;
import org.trackone.dialogue.MemorandumDetails;
import org.trackone.dialogue.RecommendationResponse;
import org.trackone.dialogue.StudyGroup;
import org.trackone.dialogue.StudyGroupDetails;
import org.trackone.dialogue.StudyGroups;
import org.trackone.web.ApiController;

/** Study groups and their recommendations to track one. Anyone signed in reads; the secretariat records. */
@ApiController
@Tag(name = "Study groups", description = "Study groups, workshops and study projects: mandate, members, term, "
        + "studies, memoranda of recommendations addressed to a track-one body, and that body's response to each "
        + "recommendation (taken up, noted, declined).")
class StudyGroupsApi {

    private final StudyGroups groups;

    StudyGroupsApi(StudyGroups groups) {
        this.groups = groups;
    }

    @GetMapping("/api/v1/study-groups")
    @Operation(operationId = "listStudyGroups", summary = "List study groups")
    List<StudyGroup> list() {
        return groups.groups();
    }

    @GetMapping("/api/v1/study-groups/{code}")
    @Operation(operationId = "readStudyGroup", summary = "Read a study group")
    StudyGroup read(@PathVariable String code) {
        return groups.group(code);
    }

    @PostMapping("/api/v1/study-groups")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Created.")
    @Operation(operationId = "createStudyGroup", summary = "Set up a study group", description = "Secretariat only.")
    ResponseEntity<StudyGroup> create(@Valid @RequestBody StudyGroupDetails details, Authentication authentication) {
        StudyGroup group = groups.create(details, authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/study-groups/" + group.code())).body(group);
    }

    @PostMapping("/api/v1/study-groups/{code}/memoranda")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Recorded.")
    @Operation(operationId = "submitMemorandum", summary = "Record a memorandum of recommendations",
            description = "Secretariat only. Addressed to a body of track one (422 naming addressedTo otherwise).")
    ResponseEntity<StudyGroup> memorandum(@PathVariable String code, @Valid @RequestBody MemorandumDetails details,
            Authentication authentication) {
        return ResponseEntity.created(URI.create("/api/v1/study-groups/" + code))
                .body(groups.submitMemorandum(code, details, authentication.getName()));
    }

    @PostMapping("/api/v1/recommendations/{id}/responses")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Recorded.")
    @Operation(operationId = "recordResponse", summary = "Record a track-one body's response to a recommendation",
            description = "Secretariat only. A later response supersedes an earlier one, which stays on record.")
    ResponseEntity<StudyGroup> respond(@PathVariable long id, @Valid @RequestBody ResponseRequest request,
            Authentication authentication) {
        StudyGroup group = groups.respond(id, request.response(), request.note(), request.respondedOn(),
                authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/study-groups/" + group.code())).body(group);
    }

    record ResponseRequest(@Nullable RecommendationResponse response, @PlainText @Size(max = 2000) @Nullable String note,
            @Nullable LocalDate respondedOn) {
    }
}
