package org.trackone.dialogue.internal.api;

import java.net.URI;
import java.time.LocalDate;

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
import org.trackone.dialogue.Meeting;
import org.trackone.dialogue.MeetingDetails;
import org.trackone.dialogue.Meetings;
import org.trackone.dialogue.Records;
import org.trackone.dialogue.internal.MeetingCalendar;
import org.trackone.dialogue.internal.Viewer;
import org.trackone.dialogue.SeriesCadence.ProposedPlenary;
import org.trackone.web.ApiController;

/** Meetings of the bodies. Anyone signed in reads; the secretariat schedules and changes them. */
@ApiController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Plenaries (numbered in their series), preparatory meetings, workshops, "
        + "study-group meetings, sub-committee sessions and summits of the bodies, with their sessions and the "
        + "record rule of each session.")
class MeetingsApi {

    private final Meetings meetings;
    private final Records records;
    private final MeetingCalendar calendar;

    MeetingsApi(Meetings meetings, Records records, MeetingCalendar calendar) {
        this.meetings = meetings;
        this.records = records;
        this.calendar = calendar;
    }

    @GetMapping
    @Operation(operationId = "listMeetings", summary = "List meetings",
            description = "Oldest first. Every filter left out matches any meeting.")
    ResultPage<MeetingResponse> list(
            @Parameter(description = "Only meetings of this body (its code).") @RequestParam(required = false)
            @Nullable String body,
            @Parameter(description = "Only meetings that end on or after this day.") @RequestParam(required = false)
            @Nullable LocalDate from,
            @Parameter(description = "Only meetings that start on or before this day.") @RequestParam(required = false)
            @Nullable LocalDate to,
            @Parameter(description = "Zero-based page number.") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Items per page.") @RequestParam(defaultValue = "50") @Min(1)
            @Max(ResultPage.MAX_SIZE) int size) {
        ResultPage<Meeting> found = ResultPage.of(meetings.meetings(body, from, to), new PageRequest(page, size));
        return new ResultPage<>(found.items().stream().map(MeetingResponse::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GetMapping(value = "/mine.ics", produces = MeetingCalendar.MEDIA_TYPE)
    @Operation(operationId = "myMeetingsCalendar", summary = "Your meetings as a calendar",
            description = "The meetings the caller is registered for, as an iCalendar file (RFC 5545); send an API "
                    + "token, so that a calendar program can subscribe.")
    String myCalendar(Authentication authentication) {
        return calendar.ics(records.meetingsOf(Viewer.of(authentication).reader()),
                "trackone: " + authentication.getName());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "readMeeting", summary = "Read a meeting")
    MeetingResponse read(@PathVariable long id) {
        return MeetingResponse.of(meetings.meeting(id));
    }

    @GetMapping("/next-plenary")
    @Operation(operationId = "proposeNextPlenary", summary = "Propose the next plenary's dates",
            description = "From the body's cadence (e.g. every seven to eight months), after its latest plenary, on "
                    + "a weekday and clear of its other meetings. 404 when the body has no cadence or no plenary yet.")
    ProposedPlenary nextPlenary(@Parameter(description = "The body's code.") @RequestParam String body) {
        return meetings.proposeNextPlenary(body).orElseThrow(() -> new NotFound("cadence or plenary of body", body));
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true,
            description = "Created. Location gives the address of the meeting.")
    @Operation(operationId = "scheduleMeeting", summary = "Schedule a meeting",
            description = "Secretariat only. A meeting may not overlap another meeting of the same body (422 naming "
                    + "startsOn). A plenary without a number gets the next of its series; without a period it reviews "
                    + "the time since the body's previous plenary; without a perspective deadline it gets the one "
                    + "the body's rules set. Each session's day must fall within the meeting.")
    ResponseEntity<MeetingResponse> schedule(@Valid @RequestBody MeetingDetails details,
            Authentication authentication) {
        Meeting meeting = meetings.schedule(details, authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id())).body(MeetingResponse.of(meeting));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Operation(operationId = "changeMeeting", summary = "Change a meeting's arrangements",
            description = "Secretariat only. Send the whole meeting; its body cannot change. The arrangements it "
                    + "replaces are kept as a revision.")
    MeetingResponse change(@PathVariable long id, @Valid @RequestBody MeetingDetails details,
            Authentication authentication) {
        return MeetingResponse.of(meetings.change(id, details, authentication.getName()));
    }
}
