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
import org.trackone.ResultPage;
import org.trackone.ResultPage.PageRequest;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Membership;
import org.trackone.framework.Participant;
import org.trackone.framework.ParticipantDetails;
import org.trackone.framework.ParticipantKind;
import org.trackone.web.ApiController;

/** Participants: states and international organizations. Anyone signed in reads; the secretariat writes. */
@ApiController
@RequestMapping(ApiRequests.BASE + "/participants")
@Tag(name = "Participants", description = "States and international organizations taking part in the framework, "
        + "and their memberships of bodies.")
class ParticipantsApi {

    private final FrameworkDirectory directory;
    private final FrameworkAdministration administration;

    ParticipantsApi(FrameworkDirectory directory, FrameworkAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping
    @Operation(operationId = "listParticipants", summary = "List participants",
            description = "States first, then organizations, each by code.")
    PageResponse<ParticipantResponse> list(
            @Parameter(description = "Only participants of this kind.") @RequestParam(required = false)
            @Nullable ParticipantKind kind,
            @Parameter(description = "Zero-based page number.") @RequestParam(defaultValue = ApiRequests.DEFAULT_PAGE)
            @Min(0) int page,
            @Parameter(description = "Items per page.") @RequestParam(defaultValue = ApiRequests.DEFAULT_SIZE)
            @Min(1) @Max(ResultPage.MAX_SIZE) int size) {
        return PageResponse.of(directory.participants(kind, new PageRequest(page, size)), ParticipantResponse::of);
    }

    @GetMapping("/{code}")
    @Operation(operationId = "readParticipant", summary = "Read a participant")
    ParticipantResponse read(@PathVariable String code) {
        return ParticipantResponse.of(directory.participant(code));
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true,
            description = "Created. Location gives the address of the participant.")
    @Operation(operationId = "createParticipant", summary = "Create a participant",
            description = "Secretariat only. The code is fixed once created.")
    ResponseEntity<ParticipantResponse> create(@Valid @RequestBody ParticipantDetails details,
            Authentication authentication) {
        Participant created = administration.createParticipant(details, authentication.getName());
        return ResponseEntity.created(ApiRequests.location("/participants/{code}", created.code().value()))
                .body(ParticipantResponse.of(created));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Operation(operationId = "editParticipant", summary = "Edit a participant",
            description = "Secretariat only. Send the whole participant; its code must be the one in the address.")
    ParticipantResponse edit(@PathVariable String code, @Valid @RequestBody ParticipantDetails details,
            Authentication authentication) throws BindException {
        directory.participant(code);
        ApiRequests.requireSameCode(code, details.code(), "participant");
        return ParticipantResponse.of(administration.editParticipant(code, details, authentication.getName()));
    }

    @GetMapping("/{code}/memberships")
    @Operation(operationId = "listParticipantMemberships", summary = "List a participant's memberships",
            description = "Every body the participant has a membership of, with the current status and the whole "
                    + "history. Notes on memberships of bodies whose records are not public are shown to the "
                    + "secretariat, delegates and experts only.")
    PageResponse<MembershipResponse> memberships(@PathVariable String code,
            @Parameter(description = "Zero-based page number.") @RequestParam(defaultValue = ApiRequests.DEFAULT_PAGE)
            @Min(0) int page,
            @Parameter(description = "Items per page.") @RequestParam(defaultValue = ApiRequests.DEFAULT_SIZE)
            @Min(1) @Max(ResultPage.MAX_SIZE) int size,
            Authentication authentication) {
        List<Membership> memberships = directory.membershipsOfParticipant(code, ApiRequests.reader(authentication));
        return PageResponse.of(ResultPage.of(memberships, new PageRequest(page, size)), MembershipResponse::of);
    }
}
