package org.trackone.framework.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.trackone.framework.Format;
import org.trackone.framework.FormatDetails;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.web.ApiController;

/** Formats: named compositions of a table. Anyone signed in reads; the secretariat writes. */
@ApiController
@RequestMapping(ApiRequests.BASE + "/formats")
@Tag(name = "Formats", description = "Named compositions of a table (\"2+2\", \"2+2+2\", \"2+4\") from which bodies "
        + "and meetings are made.")
class FormatsApi {

    private final FrameworkDirectory directory;
    private final FrameworkAdministration administration;

    FormatsApi(FrameworkDirectory directory, FrameworkAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping
    @Operation(operationId = "listFormats", summary = "List formats")
    PageResponse<FormatResponse> list(
            @Parameter(description = "Zero-based page number.") @RequestParam(defaultValue = ApiRequests.DEFAULT_PAGE)
            @Min(0) int page,
            @Parameter(description = "Items per page.") @RequestParam(defaultValue = ApiRequests.DEFAULT_SIZE)
            @Min(1) @Max(ResultPage.MAX_SIZE) int size) {
        return PageResponse.of(ResultPage.of(directory.formats(), new PageRequest(page, size)), FormatResponse::of);
    }

    @GetMapping("/{code}")
    @Operation(operationId = "readFormat", summary = "Read a format")
    FormatResponse read(@PathVariable String code) {
        return FormatResponse.of(directory.format(code));
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true,
            description = "Created. Location gives the address of the format.")
    @Operation(operationId = "createFormat", summary = "Create a format",
            description = "Secretariat only. Lists existing participants, each once.")
    ResponseEntity<FormatResponse> create(@Valid @RequestBody FormatDetails details, Authentication authentication) {
        Format created = administration.createFormat(details, authentication.getName());
        return ResponseEntity.created(ApiRequests.location("/formats/{code}", created.code()))
                .body(FormatResponse.of(created));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Operation(operationId = "editFormat", summary = "Edit a format",
            description = "Secretariat only. Send the whole format; its code must be the one in the address.")
    FormatResponse edit(@PathVariable String code, @Valid @RequestBody FormatDetails details,
            Authentication authentication) throws BindException {
        directory.format(code);
        ApiRequests.requireSameCode(code, details.code(), "format");
        return FormatResponse.of(administration.editFormat(code, details, authentication.getName()));
    }
}
