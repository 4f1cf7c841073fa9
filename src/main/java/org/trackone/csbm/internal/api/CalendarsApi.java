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
import org.springframework.web.bind.annotation.RequestHeader;
import org.trackone.csbm.IdempotentSubmissions;
import org.trackone.csbm.ItemKind;
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
    private final IdempotentSubmissions submissions;

    CalendarsApi(AnnualCalendars calendars, IdempotentSubmissions submissions) {
        this.calendars = calendars;
        this.submissions = submissions;
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
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = Submitted.FIRST_RESULT)
    @Operation(operationId = "submitCalendar", summary = "Submit a state's annual calendar",
            description = "A defence-ministry delegate, for its own state; a second submission for the year must "
                    + "name the latest version in 'corrects'.")
    ResponseEntity<AnnualCalendar> submit(@PathVariable String body, @PathVariable String state,
            @PathVariable int year, @RequestBody CalendarInput input, @RequestHeader(name = Submitted.IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey, Authentication authentication) {
        String username = authentication.getName();
        var outcome = submissions.once(username, idempotencyKey, ItemKind.ANNUAL_CALENDAR,
                List.of(body, state, year, input), () -> calendars.submit(body, state, year, input.entries(), input.corrects(), username),
                AnnualCalendar::id, id -> calendars.version(id, username));
        return Submitted.answer(outcome, PATH, body, state, year);
    }

    @Schema(description = "The planned activities and, for a correction, the version corrected.")
    record CalendarInput(@Nullable List<@Nullable CalendarEntry> entries, @Nullable Integer corrects) {
    }

    @Schema(description = "Every version of the calendar, and the check of the year's notifications against it.")
    record CalendarResponse(List<AnnualCalendar> versions, List<Check> notifications) {
    }
}
