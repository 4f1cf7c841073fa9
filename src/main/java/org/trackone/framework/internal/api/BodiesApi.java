package org.trackone.framework.internal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trackone.NotFound;
import org.trackone.ResultPage;
import org.trackone.ResultPage.PageRequest;
import org.trackone.framework.Body;
import org.trackone.framework.BodyDetails;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.FrameworkDirectory.BodyFilter;
import org.trackone.framework.Mandate;
import org.trackone.framework.MembershipChange;
import org.trackone.framework.MembershipChangeRequest;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Track;
import org.trackone.web.ApiController;

/** Bodies and their memberships. Anyone signed in reads; the secretariat writes. */
@ApiController
@RequestMapping(ApiRequests.BASE + "/bodies")
@Tag(name = "Bodies", description = "Dialogues, talks, sub-committees, workshops, commissions and the other bodies "
        + "of the framework, and the history of who is a member of each.")
class BodiesApi {

    private final FrameworkDirectory directory;
    private final FrameworkAdministration administration;

    BodiesApi(FrameworkDirectory directory, FrameworkAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping
    @Operation(operationId = "listBodies", summary = "List bodies",
            description = "Every filter left out matches any value.")
    PageResponse<BodySummaryResponse> list(
            @Parameter(description = "Only bodies of this track.") @RequestParam(required = false)
            @Nullable Track track,
            @Parameter(description = "Only bodies with this mandate.") @RequestParam(required = false)
            @Nullable Mandate mandate,
            @Parameter(description = "Only bodies with this record rule.") @RequestParam(required = false)
            @Nullable RecordRule recordRule,
            @Parameter(description = "Only bodies with this status.") @RequestParam(required = false)
            @Nullable BodyStatus status,
            @Parameter(description = "Zero-based page number.") @RequestParam(defaultValue = ApiRequests.DEFAULT_PAGE)
            @Min(0) int page,
            @Parameter(description = "Items per page.") @RequestParam(defaultValue = ApiRequests.DEFAULT_SIZE)
            @Min(1) @Max(ResultPage.MAX_SIZE) int size) {
        return PageResponse.of(directory.bodies(new BodyFilter(track, mandate, recordRule, status),
                new PageRequest(page, size)), BodySummaryResponse::of);
    }

    @GetMapping("/{code}")
    @Operation(operationId = "readBody", summary = "Read a body",
            description = "With its parent, the codes of its children and the participants taking part now.")
    BodyResponse read(@PathVariable String code) {
        Body body = directory.body(code);
        return BodyResponse.of(body, directory.children(code), directory.currentMembers(code));
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true,
            description = "Created. Location gives the address of the body.")
    @Operation(operationId = "createBody", summary = "Create a body",
            description = "Secretariat only. Parent, format and host are codes of existing bodies, formats and "
                    + "participants; blank or absent means none.")
    ResponseEntity<BodyResponse> create(@Valid @RequestBody BodyDetails details, Authentication authentication) {
        Body created = administration.createBody(details, authentication.getName());
        return ResponseEntity.created(ApiRequests.location("/bodies/{code}", created.code()))
                .body(BodyResponse.of(created, directory.children(created.code()), List.of()));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Operation(operationId = "editBody", summary = "Edit a body",
            description = "Secretariat only. Send the whole body; its code must be the one in the address. A body "
                    + "cannot become its own ancestor.")
    BodyResponse edit(@PathVariable String code, @Valid @RequestBody BodyDetails details,
            Authentication authentication) throws BindException {
        directory.body(code);
        ApiRequests.requireSameCode(code, details.code(), "body");
        Body edited = administration.editBody(code, details, authentication.getName());
        return BodyResponse.of(edited, directory.children(code), directory.currentMembers(code));
    }

    @GetMapping("/{code}/memberships")
    @Operation(operationId = "listBodyMemberships", summary = "List a body's memberships",
            description = "Each participant that has a membership of the body: its current status, whether it "
                    + "takes part, and every change. Notes on memberships of bodies whose records are not public "
                    + "are shown to the secretariat, delegates and experts only.")
    PageResponse<MembershipResponse> memberships(@PathVariable String code,
            @Parameter(description = "Zero-based page number.") @RequestParam(defaultValue = ApiRequests.DEFAULT_PAGE)
            @Min(0) int page,
            @Parameter(description = "Items per page.") @RequestParam(defaultValue = ApiRequests.DEFAULT_SIZE)
            @Min(1) @Max(ResultPage.MAX_SIZE) int size,
            Authentication authentication) {
        return PageResponse.of(ResultPage.of(directory.membershipsOfBody(code, ApiRequests.reader(authentication)),
                new PageRequest(page, size)), MembershipResponse::of);
    }

    @GetMapping("/{code}/memberships/{participant}")
    @Operation(operationId = "readMembership", summary = "Read one membership",
            description = "One participant's membership of the body, with its history.")
    MembershipResponse membership(@PathVariable String code, @PathVariable String participant,
            Authentication authentication) {
        directory.participant(participant);
        return directory.membershipsOfBody(code, ApiRequests.reader(authentication)).stream()
                .filter(m -> m.participant().value().equals(participant)).findFirst()
                .map(MembershipResponse::of)
                .orElseThrow(() -> new NotFound("membership of " + participant + " in", code));
    }

    @PostMapping("/{code}/memberships")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true,
            description = "Created. Location gives the address of the membership.")
    @Operation(operationId = "changeMembership", summary = "Change a membership",
            description = "Secretariat only. Adds the next step to a participant's membership of the body. "
                    + "The action must be allowed from the current status: INVITE, JOIN or OBSERVE may come first; "
                    + "DECLINE follows an invitation; SUSPEND applies to a member; WITHDRAW to a member, a "
                    + "suspended member or an observer; a participant that declined or withdrew may be invited, "
                    + "join or observe again. The change cannot take effect before the latest one. The history "
                    + "is never rewritten.")
    ResponseEntity<MembershipChangeResponse> changeMembership(@PathVariable String code,
            @Valid @RequestBody MembershipChangeRequest request, Authentication authentication) {
        MembershipChange change = administration.changeMembership(code, request, authentication.getName());
        return ResponseEntity.created(ApiRequests.location("/bodies/{code}/memberships/{participant}", code,
                change.participant().value())).body(MembershipChangeResponse.of(change));
    }
}
