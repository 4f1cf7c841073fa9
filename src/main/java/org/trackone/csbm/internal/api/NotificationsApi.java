package org.trackone.csbm.internal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.trackone.ResultPage;
import org.trackone.ResultPage.PageRequest;
import org.trackone.csbm.InboxItem;
import org.trackone.csbm.NotificationRequest;
import org.trackone.csbm.PriorNotification;
import org.trackone.csbm.PriorNotifications;
import org.trackone.csbm.PriorNotifications.Submission;
import org.trackone.web.ApiController;

/**
 * Prior notifications of military activities, their delivery and acknowledgement. The
 * secretariat and the delegates of a body's participating states read; a defence-ministry
 * delegate notifies for its own state; each addressee state acknowledges.
 */
@ApiController
@Tag(name = "Prior notifications", description = "Military activities notified in advance, judged by the rules "
        + "in force, delivered to every other participating state and acknowledged by each.")
class NotificationsApi {

    private final PriorNotifications notifications;

    NotificationsApi(PriorNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/csbm/bodies/{body}/notifications")
    @PreAuthorize("isAuthenticated()")
    @Operation(operationId = "listNotifications", summary = "List a body's prior notifications",
            description = "The secretariat and delegates of the body's participating states; every account when the "
                    + "body's record rule is PUBLIC. Latest activity first, a page at a time.")
    ResultPage<PriorNotification> list(@PathVariable String body,
            @Parameter(description = "Only this state's notifications.") @RequestParam(required = false)
            @Nullable String state,
            @Parameter(description = "Zero-based page number.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Items per page, at most 200.") @RequestParam(defaultValue = "50") int size,
            Authentication authentication) {
        return notifications.ofBody(body, state, new PageRequest(page, size), authentication.getName());
    }

    @PostMapping("/api/v1/csbm/bodies/{body}/notifications")
    @PreAuthorize("hasRole('DELEGATE')")
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true,
            description = "Notified, judged and delivered. 200 instead when the Idempotency-Key was used before: "
                    + "the answer is then the first result, and nothing new is written.")
    @Operation(operationId = "submitNotification", summary = "Notify a military activity",
            description = "A defence-ministry delegate, for its own state. The verdict comes from the rules in force "
                    + "today: notifiable, observable, days of notice given against those required, counts just "
                    + "below a threshold, linked activities that cross one together, constraints.")
    ResponseEntity<PriorNotification> submit(@PathVariable String body, @RequestBody NotificationRequest request,
            @Parameter(description = "A key of the client's choosing; sending it again returns the first result.")
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            Authentication authentication) {
        Submission submission = notifications.submit(body, request, authentication.getName(), idempotencyKey);
        if (!submission.created()) {
            return ResponseEntity.ok(submission.notification());
        }
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/csbm/notifications/{id}")
                .buildAndExpand(submission.notification().id()).toUri()).body(submission.notification());
    }

    @GetMapping("/api/v1/csbm/notifications/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(operationId = "readNotification", summary = "Read a prior notification",
            description = "With its verdict and each addressee's acknowledgement. For the readers of the body's "
                    + "notifications: every account when its record rule is PUBLIC.")
    PriorNotification read(@PathVariable long id, Authentication authentication) {
        return notifications.notification(id, authentication.getName());
    }

    @PostMapping("/api/v1/csbm/notifications/{id}/acknowledgements")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "acknowledgeNotification", summary = "Acknowledge a notification",
            description = "A delegate of an addressee state acknowledges receipt for its state; the first "
                    + "acknowledgement stands and its time is recorded. No request body is needed.")
    PriorNotification acknowledge(@PathVariable long id, Authentication authentication) {
        return notifications.acknowledge(id, authentication.getName());
    }

    @PostMapping("/api/v1/csbm/notifications/{id}/report")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "reportActivity", summary = "File what actually took place",
            description = "The notifying state's defence delegate, once the activity has begun, once: the actual "
                    + "dates and forces, kept beside the notification; the differences are shown.")
    PriorNotification report(@PathVariable long id, @RequestBody ReportInput input, Authentication authentication) {
        return notifications.report(id, input.startsOn(), input.endsOn(), input.forces(), input.description(),
                authentication.getName());
    }

    @io.swagger.v3.oas.annotations.media.Schema(description = "What actually took place.")
    record ReportInput(java.time.@Nullable LocalDate startsOn, java.time.@Nullable LocalDate endsOn,
            java.util.@Nullable Map<org.trackone.csbm.Force, @Nullable Integer> forces, @Nullable String description) {
    }

    @PostMapping("/api/v1/csbm/notifications/{id}/observation-invitations")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "inviteObservers", summary = "Invite the other states to observe",
            description = "A delegate of the notifying state, for an observable activity that has not begun, once: "
                    + "every other participating state is invited. No request body is needed.")
    PriorNotification invite(@PathVariable long id, Authentication authentication) {
        return notifications.inviteObservers(id, authentication.getName());
    }

    @PostMapping("/api/v1/csbm/notifications/{id}/observation-answers")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "answerObservationInvitation", summary = "Accept or decline to observe",
            description = "A delegate of an invited state, once.")
    PriorNotification answer(@PathVariable long id, @RequestBody AnswerInput input, Authentication authentication) {
        return notifications.answerInvitation(id, input.accept(), authentication.getName());
    }

    @io.swagger.v3.oas.annotations.media.Schema(description = "Whether the state will observe.")
    record AnswerInput(@Nullable Boolean accept) {
    }

    @GetMapping("/api/v1/csbm/inbox")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "readInbox", summary = "The delegate's state's inbox",
            description = "Every notification delivered to the delegate's state, newest first, with its acknowledgement.")
    List<InboxItem> inbox(Authentication authentication) {
        return notifications.inbox(authentication.getName());
    }
}
