package org.trackone.csbm.internal.web;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trackone.ResultPage;
import org.trackone.ResultPage.PageRequest;
import org.trackone.RuleViolation;
import org.trackone.access.Accounts;
import org.trackone.csbm.ActivityType;
import org.trackone.csbm.Deadlines;
import org.trackone.csbm.Force;
import org.trackone.csbm.PriorNotification;
import org.trackone.csbm.PriorNotifications;
import org.trackone.csbm.Inboxes;
import org.trackone.csbm.ItemKind;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.web.FormErrors;

/**
 * Prior notifications on pages: a body's list, the defence delegate's form, one
 * notification with its verdict and acknowledgements, and each state's inbox.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
class NotificationPages {

    static final String FORM = "notificationForm";
    static final int PAGE_SIZE = 50;

    private final PriorNotifications notifications;
    private final Inboxes inboxes;
    private final FrameworkDirectory framework;
    private final Accounts accounts;
    private final Deadlines deadlines;

    NotificationPages(PriorNotifications notifications, Inboxes inboxes,
            FrameworkDirectory framework, Accounts accounts, Deadlines deadlines) {
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.inboxes = inboxes;
        this.framework = framework;
        this.accounts = accounts;
    }

    /** For those who read the body's submissions: everyone when its record rule is public (the service decides). */
    @GetMapping("/csbm/{body}/notifications")
    @PreAuthorize("permitAll()")
    String list(@PathVariable String body, @RequestParam(defaultValue = "0") int page,
            @Nullable Authentication authentication, Model model) {
        String reader = Viewers.name(authentication);
        ResultPage<PriorNotification> shown = notifications.ofBody(body, null, new PageRequest(page, PAGE_SIZE),
                reader);
        model.addAttribute("notifications", shown.items());
        model.addAttribute("page", shown.page());
        model.addAttribute("lastPage", Math.max(0, (shown.total() - 1) / PAGE_SIZE));
        model.addAttribute("body", framework.body(body));
        model.addAttribute("mayNotify", notifications.mayNotify(body, reader));
        return "csbm/notifications";
    }

    @GetMapping("/csbm/{body}/notifications/new")
    @PreAuthorize("hasRole('DELEGATE')")
    String newNotification(@PathVariable String body, Authentication authentication, Model model) {
        requireNotifier(body, authentication);
        model.addAttribute(FORM, NotificationForm.empty());
        return form(body, authentication, model);
    }

    @PostMapping("/csbm/{body}/notifications/new")
    @PreAuthorize("hasRole('DELEGATE')")
    String submit(@PathVariable String body, @ModelAttribute(FORM) NotificationForm form, BindingResult errors,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireNotifier(body, authentication);
        form.compactArea();
        if (!errors.hasErrors()) {
            try {
                PriorNotification notification = notifications.submit(body, form.toRequest(state(authentication)),
                        authentication.getName(), form.getIdempotencyKey()).notification();
                redirect.addFlashAttribute("notice", "csbm.notification.sent");
                redirect.addAttribute("id", notification.id());
                return "redirect:/csbm/notifications/{id}";
            } catch (RuleViolation e) {
                FormErrors.reject(errors, new RuleViolation(NotificationForm.formField(e.field()), e.messageCode(),
                        e.arguments()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(body, authentication, model);
    }

    @GetMapping("/csbm/notifications/{id}")
    @PreAuthorize("permitAll()")
    String notification(@PathVariable long id, @Nullable Authentication authentication, Model model) {
        String reader = Viewers.name(authentication);
        PriorNotification notification = notifications.notification(id, reader);
        String viewerState = Viewers.stateOf(accounts, reader);
        model.addAttribute("notification", notification);
        model.addAttribute("body", framework.body(notification.bodyCode()));
        model.addAttribute("forces", Force.values());
        model.addAttribute("sender", notification.state().equals(viewerState));
        model.addAttribute("mayAcknowledge", notification.deliveries().stream()
                .anyMatch(d -> d.addressee().equals(viewerState) && !d.acknowledged()));
        boolean defence = reader != null && accounts.find(reader)
                .map(a -> a.ministry() == org.trackone.access.Ministry.DEFENCE).orElse(false);
        model.addAttribute("mayReport", defence && notification.state().equals(viewerState)
                && notification.report() == null
                && !notification.activity().startsOn().isAfter(java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        model.addAttribute("mayInvite", notification.state().equals(viewerState) && notification.verdict().observable()
                && notification.invitations().isEmpty()
                && !notification.activity().startsOn().isBefore(java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        model.addAttribute("mayAnswer", notification.invitations().stream()
                .anyMatch(i -> i.invitedState().equals(viewerState) && i.accepted() == null));
        model.addAttribute("reportDeliveries", inboxes.deliveriesIfAny(ItemKind.ACTIVITY_REPORT, id, reader));
        model.addAttribute("invitationDeliveries", inboxes.deliveriesIfAny(ItemKind.OBSERVATION_INVITATION, id, reader));
        if (!model.containsAttribute("reportForm")) {
            NotificationForm report = new NotificationForm();
            report.setStartsOn(notification.activity().startsOn());
            report.setEndsOn(notification.activity().endsOn());
            report.getForces().putAll(notification.activity().forces().counts());
            model.addAttribute("reportForm", report);
        }
        return "csbm/notification";
    }

    @PostMapping("/csbm/notifications/{id}/acknowledge")
    @PreAuthorize("hasRole('DELEGATE')")
    String acknowledge(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        notifications.acknowledge(id, authentication.getName());
        redirect.addFlashAttribute("notice", "csbm.notification.acknowledged");
        redirect.addAttribute("id", id);
        return "redirect:/csbm/notifications/{id}";
    }

    @PostMapping("/csbm/notifications/{id}/report")
    @PreAuthorize("hasRole('DELEGATE')")
    String report(@PathVariable long id, @ModelAttribute("reportForm") NotificationForm form, BindingResult errors,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                notifications.report(id, form.getStartsOn(), form.getEndsOn(), form.getForces(), form.getDescription(),
                        authentication.getName());
                redirect.addFlashAttribute("notice", "csbm.report.filedNotice");
                redirect.addAttribute("id", id);
                return "redirect:/csbm/notifications/{id}";
            } catch (RuleViolation e) {
                FormErrors.reject(errors, new RuleViolation(NotificationForm.formField(e.field()), e.messageCode(),
                        e.arguments()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return notification(id, authentication, model);
    }

    @PostMapping("/csbm/notifications/{id}/invite")
    @PreAuthorize("hasRole('DELEGATE')")
    String invite(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        notifications.inviteObservers(id, authentication.getName());
        redirect.addFlashAttribute("notice", "csbm.observation.invitedNotice");
        redirect.addAttribute("id", id);
        return "redirect:/csbm/notifications/{id}";
    }

    @PostMapping("/csbm/notifications/{id}/observation-answer")
    @PreAuthorize("hasRole('DELEGATE')")
    String answer(@PathVariable long id, @RequestParam(required = false) @Nullable Boolean accept,
            Authentication authentication, RedirectAttributes redirect) {
        notifications.answerInvitation(id, accept, authentication.getName());
        redirect.addFlashAttribute("notice", "csbm.observation.answeredNotice");
        redirect.addAttribute("id", id);
        return "redirect:/csbm/notifications/{id}";
    }

    @PostMapping("/csbm/inbox/{kind}/{id}/acknowledge")
    @PreAuthorize("hasRole('DELEGATE')")
    String acknowledgeItem(@PathVariable ItemKind kind, @PathVariable long id, Authentication authentication,
            RedirectAttributes redirect) {
        inboxes.acknowledge(kind, id, authentication.getName());
        redirect.addFlashAttribute("notice", "csbm.inbox.acknowledgedItem");
        return "redirect:/csbm/inbox";
    }

    @GetMapping("/csbm/inbox")
    @PreAuthorize("hasRole('DELEGATE')")
    String inbox(Authentication authentication, Model model) {
        model.addAttribute("items", notifications.inbox(authentication.getName()));
        model.addAttribute("riskReduction", inboxes.inbox(authentication.getName()));
        model.addAttribute("deadlines", deadlines.forReader(authentication.getName()));
        model.addAttribute("now", Instant.now());
        return "csbm/inbox";
    }

    private void requireNotifier(String body, Authentication authentication) {
        framework.body(body);
        if (!notifications.mayNotify(body, authentication.getName())) {
            throw new AccessDeniedException("Only a defence-ministry delegate of a participating state notifies.");
        }
    }

    private String state(Authentication authentication) {
        return accounts.find(authentication.getName()).map(a -> a.participant()).orElse("");
    }

    private String form(String body, Authentication authentication, Model model) {
        String state = state(authentication);
        List<PriorNotification> own = notifications.ofBody(body, state, new PageRequest(0, ResultPage.MAX_SIZE),
                authentication.getName()).items();
        model.addAttribute("body", framework.body(body));
        model.addAttribute("state", framework.participant(state));
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("forces", Force.values());
        model.addAttribute("ownNotifications", own);
        return "csbm/notification-form";
    }
}
