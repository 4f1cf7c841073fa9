package org.trackone.dialogue.internal.api;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.access.Ministry;
import org.trackone.dialogue.Perspective;
import org.trackone.dialogue.PerspectiveAttachment;
import org.trackone.dialogue.PerspectiveSubmission;
import org.trackone.dialogue.Perspectives;
import org.trackone.dialogue.SubmissionStatus;
import org.trackone.dialogue.internal.AttachmentDownload;
import org.trackone.dialogue.internal.Viewer;
import org.trackone.web.ApiController;

/**
 * National perspectives of a meeting. The secretariat, delegates and experts read them;
 * a delegate submits for its own state and ministry; the secretariat sees who is missing.
 */
@ApiController
@RequestMapping("/api/v1/meetings/{id}/perspectives")
@Tag(name = "National perspectives", description = "Each delegation's perspectives on the period a meeting reviews, "
        + "one by its foreign ministry and one by its defence ministry. A resubmission is a new version; nothing is "
        + "overwritten.")
class PerspectivesApi {

    private final Perspectives perspectives;

    PerspectivesApi(Perspectives perspectives) {
        this.perspectives = perspectives;
    }

    @GetMapping
    @PreAuthorize("@dialogueAccess.readsWorkOf(#id, authentication)")
    @Operation(operationId = "listPerspectives", summary = "The latest perspectives of a meeting",
            description = "The latest version of each ministry's perspective. Secretariat, delegates and experts.")
    List<PerspectiveResponse> list(@PathVariable long id) {
        return perspectives.latest(id).stream().map(PerspectiveResponse::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('DELEGATE')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Submitted.")
    @Operation(operationId = "submitPerspective", summary = "Submit a perspective",
            description = "Delegates only, for the state and ministry their account acts for. A second submission "
                    + "by the same ministry is the next version. After the deadline the body's rule applies: "
                    + "accepted, accepted and marked late, or refused (422 naming submittedAt). Text: 1 to 50,000 "
                    + "characters; language: en, ko, ja, zh or ru; at most 20 topics.")
    ResponseEntity<PerspectiveResponse> submit(@PathVariable long id,
            @Valid @RequestBody PerspectiveSubmission submission, Authentication authentication) {
        return submitted(id, submission, null, authentication);
    }

    private ResponseEntity<PerspectiveResponse> submitted(long id, PerspectiveSubmission submission,
            PerspectiveAttachment.@Nullable Upload upload, Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        String participant = viewer.participant();
        String ministry = viewer.ministry();
        if (participant == null || ministry == null) {
            throw new RuleViolation("participant", "dialogue.perspective.notADelegation", "");
        }
        Perspective submitted = perspectives.submit(id, participant, Ministry.valueOf(ministry), submission, upload,
                authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/perspectives/" + submitted.id()))
                .body(PerspectiveResponse.of(submitted));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('DELEGATE')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Submitted with its PDF.")
    @Operation(operationId = "submitPerspectiveWithAttachment", summary = "Submit a perspective with a PDF",
            description = "Multipart: the part perspective is the JSON of a submission, the part attachment (optional) "
                    + "a PDF. A file over the size limit (10 MB unless configured) is refused with 413, one that is not "
                    + "a readable PDF (its content is checked, not its name) with 422, both naming attachment; "
                    + "nothing is written then.")
    ResponseEntity<PerspectiveResponse> submitWithAttachment(@PathVariable long id,
            @Valid @RequestPart("perspective") PerspectiveSubmission submission,
            @RequestPart(name = "attachment", required = false) @Nullable MultipartFile attachment,
            Authentication authentication) throws IOException {
        PerspectiveAttachment.Upload upload = attachment == null ? null
                : new PerspectiveAttachment.Upload(String.valueOf(attachment.getOriginalFilename()),
                        attachment.getBytes());
        return submitted(id, submission, upload, authentication);
    }

    @GetMapping("/{perspective}/attachment")
    @PreAuthorize("@dialogueAccess.readsWorkOf(#id, authentication)")
    @Operation(operationId = "readPerspectiveAttachment", summary = "The PDF of one version of a perspective",
            description = "For those who may read the perspective; 404 when it has none.")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long perspective) {
        if (perspectives.perspective(perspective).meetingId() != id) {
            throw new NotFound("perspective", perspective);
        }
        return AttachmentDownload.of(perspectives.attachment(perspective));
    }

    @GetMapping("/{perspective}")
    @PreAuthorize("@dialogueAccess.readsWorkOf(#id, authentication)")
    @Operation(operationId = "readPerspective", summary = "Read one version of a perspective")
    PerspectiveResponse read(@PathVariable long id, @PathVariable long perspective) {
        Perspective found = perspectives.perspective(perspective);
        if (found.meetingId() != id) {
            throw new NotFound("perspective", perspective);
        }
        return PerspectiveResponse.of(found);
    }

    @GetMapping("/status")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Operation(operationId = "perspectiveStatus", summary = "Who has submitted and who is missing",
            description = "Secretariat only. Every delegation's two ministries, with their latest version or none.")
    List<StatusResponse> status(@PathVariable long id) {
        return perspectives.status(id).stream().map(StatusResponse::of).toList();
    }

    record PerspectiveResponse(long id, long meeting, String participant, Ministry ministry, int version,
            @Nullable Long supersedes, String language, String text, List<String> topics, Instant submittedAt,
            boolean late, @Nullable PerspectiveAttachment attachment) {

        static PerspectiveResponse of(Perspective p) {
            return new PerspectiveResponse(p.id(), p.meetingId(), p.participant(), p.ministry(), p.version(),
                    p.supersedes(), p.language(), p.text(), p.topics(), p.submittedAt(), p.late(), p.attachment());
        }
    }

    record StatusResponse(String participant, Ministry ministry, boolean missing, @Nullable Integer version,
            @Nullable Boolean late, @Nullable Instant submittedAt) {

        static StatusResponse of(SubmissionStatus s) {
            Perspective p = s.latest();
            return new StatusResponse(s.participant(), s.ministry(), s.missing(), p == null ? null : p.version(),
                    p == null ? null : p.late(), p == null ? null : p.submittedAt());
        }
    }
}
