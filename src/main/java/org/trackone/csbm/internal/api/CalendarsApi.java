package org.trackone.csbm.internal.api;

import java.util.List;

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
import org.springframework.web.util.UriComponentsBuilder;
import org.trackone.csbm.AnnualCalendar;
import org.trackone.csbm.AnnualCalendars;
import org.trackone.csbm.AnnualCalendars.Check;
import org.trackone.csbm.CalendarEntry;
import org.trackone.web.ApiController;

/** Annual calendars of planned activities, and their check against the notifications that followed. */
@ApiController
@Tag(name = "Annual calendars", description = "Each state's planned notifiable activities for a year, checked "
        + "against the notifications that follow.")
class CalendarsApi {

    private static final String PATH = "/api/v1/csbm/bodies/{body}/calendars/{state}/{year}";

    private final AnnualCalendars calendars;

    CalendarsApi(AnnualCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping(PATH)
    @PreAuthorize("isAuthenticated()")
    @Operation(operationId = "readCalendar", summary = "A state's calendar for a year and its check",
            description = "Every version, oldest first, and each notified activity of that year with whether the "
                    + "latest version listed it. The secretariat and the delegates of participating states; every "
                    + "account when the body's record rule is PUBLIC.")
    CalendarResponse read(@PathVariable String body, @PathVariable String state, @PathVariable int year,
            Authentication authentication) {
        return new CalendarResponse(calendars.versions(body, state, year, authentication.getName()),
                calendars.check(body, state, year, authentication.getName()));
    }

    @PostMapping(PATH)
    @PreAuthorize("hasRole('DELEGATE')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Submitted; final.")
    @Operation(operationId = "submitCalendar", summary = "Submit a state's annual calendar",
            description = "A defence-ministry delegate, for its own state; a second submission for the year must "
                    + "name the latest version in 'corrects'.")
    ResponseEntity<AnnualCalendar> submit(@PathVariable String body, @PathVariable String state,
            @PathVariable int year, @RequestBody CalendarInput input, Authentication authentication) {
        AnnualCalendar submitted = calendars.submit(body, state, year, input.entries(), input.corrects(),
                authentication.getName());
        return ResponseEntity.created(UriComponentsBuilder.fromPath(PATH).buildAndExpand(body, state, year).encode()
                .toUri()).body(submitted);
    }

    @Schema(description = "The planned activities and, for a correction, the version corrected.")
    record CalendarInput(@Nullable List<@Nullable CalendarEntry> entries, @Nullable Integer corrects) {
    }

    @Schema(description = "Every version of the calendar, and the check of the year's notifications against it.")
    record CalendarResponse(List<AnnualCalendar> versions, List<Check> notifications) {
    }
}
