package org.trackone.dialogue.internal.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.trackone.PlainText;
import org.trackone.dialogue.Attendance;
import org.trackone.dialogue.AttendanceCapacity;
import org.trackone.dialogue.RapporteurDesignation;
import org.trackone.dialogue.RecordAmendment;
import org.trackone.dialogue.Records;
import org.trackone.dialogue.SessionRecord;
import org.trackone.dialogue.StatementInput;
import org.trackone.dialogue.internal.RecordText;
import org.trackone.dialogue.internal.Viewer;
import org.trackone.web.ApiController;

/**
 * Attendance and the records of sessions. Who reads a record follows its status and its
 * session's record rule (see the tag's description); every change is a new version.
 */
@ApiController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Records", description = "Attendance of meetings and the records of their sessions. A draft is read by "
        + "its rapporteur only; in the amendment phase by the meeting's attendees too; a final record by everyone "
        + "for sessions on the record or under the Chatham House Rule, by attendees only for off-the-record and "
        + "closed sessions. Outside sessions on the record no statement carries a speaker or an affiliation: "
        + "sending one is refused (422), and the name is never repeated in the answer.")
class RecordsApi {

    private final Records records;

    RecordsApi(Records records) {
        this.records = records;
    }

    @GetMapping("/api/v1/meetings/{id}/attendance")
    @Operation(operationId = "listAttendance", summary = "The attendance list",
            description = "Where a session is not on the record, only for attendees and the secretariat (403).")
    List<Attendance> attendance(@PathVariable long id, Authentication authentication) {
        return records.attendance(id, Viewer.of(authentication).reader());
    }

    @PostMapping("/api/v1/meetings/{id}/attendance")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Registered.")
    @Operation(operationId = "registerAttendance", summary = "Register a person for a meeting",
            description = "Secretariat only. The person is an account; the participant (optional) is the one they "
                    + "come for.")
    ResponseEntity<Attendance> register(@PathVariable long id, @Valid @RequestBody RegistrationRequest request,
            Authentication authentication) {
        Attendance attendance = records.register(id, request.username(), request.participant(), request.capacity(),
                authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/attendance")).body(attendance);
    }

    @GetMapping("/api/v1/meetings/{id}/rapporteurs")
    @Operation(operationId = "listRapporteurs", summary = "The designated rapporteurs of a meeting's sessions",
            description = "The latest designation of each session that has one. Readable by those who may read the "
                    + "attendance list (403 otherwise).")
    List<RapporteurDesignation> rapporteurs(@PathVariable long id, Authentication authentication) {
        return records.rapporteurs(id, Viewer.of(authentication).reader());
    }

    @PutMapping("/api/v1/meetings/{id}/sessions/{position}/rapporteur")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Operation(operationId = "designateRapporteur", summary = "Designate the rapporteur of a session",
            description = "Secretariat only. An attendee of the meeting who is not an observer, before the session's "
                    + "record starts (422 naming username or session otherwise). Only the designated rapporteur "
                    + "starts and drafts the record.")
    RapporteurDesignation designate(@PathVariable long id, @PathVariable int position,
            @Valid @RequestBody DesignationRequest request, Authentication authentication) {
        return records.designateRapporteur(id, position, request.username(), Viewer.of(authentication).reader());
    }

    @GetMapping("/api/v1/meetings/{id}/records")
    @Operation(operationId = "listRecords", summary = "The records of a meeting the caller may read")
    List<SessionRecord> ofMeeting(@PathVariable long id, Authentication authentication) {
        return records.ofMeeting(id, Viewer.of(authentication).reader());
    }

    @PostMapping("/api/v1/meetings/{id}/records")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "The draft, version 1.")
    @Operation(operationId = "startRecord", summary = "Start the record of a session",
            description = "The session's designated rapporteur only (403 for anyone else; 422 naming session while "
                    + "the secretariat has designated none).")
    ResponseEntity<SessionRecord> start(@PathVariable long id, @Valid @RequestBody DraftRequest request,
            Authentication authentication) {
        SessionRecord record = records.startDraft(id, request.session() == null ? 0 : request.session(),
                request.statements(), Viewer.of(authentication).reader());
        return ResponseEntity.created(URI.create("/api/v1/records/" + record.recordId())).body(record);
    }

    @GetMapping("/api/v1/records/{record}")
    @Operation(operationId = "readRecord", summary = "Read a record (its latest version)")
    SessionRecord read(@PathVariable long record, Authentication authentication) {
        return records.read(record, Viewer.of(authentication).reader());
    }

    @GetMapping(value = "/api/v1/records/{record}/export", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(operationId = "exportRecord", summary = "Export a record as plain text")
    String export(@PathVariable long record, Authentication authentication) {
        return RecordText.of(records.read(record, Viewer.of(authentication).reader()));
    }

    @PutMapping("/api/v1/records/{record}")
    @Operation(operationId = "reviseRecord", summary = "Revise a record",
            description = "The rapporteur, while it is a draft or in its amendment phase: a new version.")
    SessionRecord revise(@PathVariable long record, @Valid @RequestBody StatementsRequest request,
            Authentication authentication) {
        return records.revise(record, request.statements(), Viewer.of(authentication).reader());
    }

    @PostMapping("/api/v1/records/{record}/amendment-phase")
    @Operation(operationId = "openAmendments", summary = "Open the amendment phase",
            description = "The rapporteur: attendees may then read the record and propose amendments.")
    SessionRecord openAmendments(@PathVariable long record, Authentication authentication) {
        return records.openAmendments(record, Viewer.of(authentication).reader());
    }

    @GetMapping("/api/v1/records/{record}/amendments")
    @Operation(operationId = "listAmendments", summary = "Proposed amendments")
    List<RecordAmendment> amendments(@PathVariable long record, Authentication authentication) {
        return records.amendments(record, Viewer.of(authentication).reader());
    }

    @PostMapping("/api/v1/records/{record}/amendments")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Proposed.")
    @Operation(operationId = "proposeAmendment", summary = "Propose an amendment",
            description = "An attendee, during the amendment phase.")
    ResponseEntity<RecordAmendment> amend(@PathVariable long record, @Valid @RequestBody AmendmentRequest request,
            Authentication authentication) {
        RecordAmendment amendment = records.proposeAmendment(record, request.text(), Viewer.of(authentication).reader());
        return ResponseEntity.created(URI.create("/api/v1/records/" + record + "/amendments")).body(amendment);
    }

    @PostMapping("/api/v1/records/{record}/final")
    @Operation(operationId = "finalizeRecord", summary = "Make the record final",
            description = "The rapporteur, after the amendment phase. A final record is locked: every later change "
                    + "is refused (422 naming status).")
    SessionRecord finalize(@PathVariable long record, Authentication authentication) {
        return records.finalize(record, Viewer.of(authentication).reader());
    }

    @GetMapping("/api/v1/records")
    @Operation(operationId = "searchRecords", summary = "Search the records",
            description = "PostgreSQL full-text search over the records the caller may read, the most recently "
                    + "changed first; at most 50.")
    List<SessionRecord> search(@Parameter(description = "Words to look for.") @RequestParam String q,
            Authentication authentication) {
        return records.search(q, Viewer.of(authentication).reader());
    }

    record RegistrationRequest(@Size(max = 64) @Nullable String username, @Size(max = 32) @Nullable String participant,
            @Nullable AttendanceCapacity capacity) {
    }

    record DesignationRequest(@Size(max = 64) @Nullable String username) {
    }

    record DraftRequest(@Nullable Integer session, @Size(max = Records.MAX_STATEMENTS)
            @Nullable List<@Valid StatementInput> statements) {
    }

    record StatementsRequest(@Size(max = Records.MAX_STATEMENTS) @Nullable List<@Valid StatementInput> statements) {
    }

    record AmendmentRequest(@PlainText @Size(max = Records.MAX_STATEMENT) @Nullable String text) {
    }
}
