package org.trackone.csbm.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trackone.RuleViolation;
import org.trackone.access.Accounts;
import org.trackone.csbm.Inboxes;
import org.trackone.csbm.ItemKind;
import org.trackone.csbm.MeetingRecordInput;
import org.trackone.csbm.MeetingScope;
import org.trackone.csbm.PriorNotifications;
import org.trackone.csbm.RequestInput;
import org.trackone.csbm.RequestKind;
import org.trackone.csbm.RiskReduction;
import org.trackone.csbm.RiskReductionRequest;
import org.trackone.framework.FrameworkDirectory;

/**
 * Risk reduction on pages: the body's requests with the step each has reached, a delegate's
 * new request, one request with its reply, meeting request and the record of the meeting held.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
class RequestPages {

    private final RiskReduction riskReduction;
    private final PriorNotifications notifications;
    private final FrameworkDirectory framework;
    private final Accounts accounts;
    private final MessageSource messages;
    private final Inboxes inboxes;

    RequestPages(RiskReduction riskReduction, PriorNotifications notifications, FrameworkDirectory framework,
            Accounts accounts, MessageSource messages, Inboxes inboxes) {
        this.inboxes = inboxes;
        this.riskReduction = riskReduction;
        this.notifications = notifications;
        this.framework = framework;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/csbm/{body}/requests")
    String list(@PathVariable String body, Authentication authentication, Model model) {
        return listPage(body, authentication, model);
    }

    @PostMapping("/csbm/{body}/requests/new")
    @PreAuthorize("hasRole('DELEGATE')")
    String ask(@PathVariable String body, @RequestParam(required = false) @Nullable RequestKind kind,
            @RequestParam(required = false) @Nullable String addressee,
            @RequestParam(required = false) @Nullable Long aboutNotification,
            @RequestParam(required = false) @Nullable Long aboutExchange,
            @RequestParam(required = false) @Nullable String question,
            @RequestParam(required = false) @Nullable LocalDate replyBy, Authentication authentication,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        RequestInput input = new RequestInput(kind, blankToNull(addressee), aboutNotification, aboutExchange, question,
                replyBy);
        try {
            RiskReductionRequest request = riskReduction.ask(body, input, authentication.getName());
            return sent(request.id(), "csbm.request.sent", redirect);
        } catch (RuleViolation e) {
            model.addAttribute("formError", reason(e, locale));
            model.addAttribute("input", input);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return listPage(body, authentication, model);
        }
    }

    @GetMapping("/csbm/requests/{id}")
    String request(@PathVariable long id, Authentication authentication, Model model) {
        return requestPage(riskReduction.request(id, authentication.getName()), authentication, model);
    }

    @PostMapping("/csbm/requests/{id}/reply")
    @PreAuthorize("hasRole('DELEGATE')")
    String reply(@PathVariable long id, @RequestParam(required = false) @Nullable String answer,
            Authentication authentication, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            riskReduction.reply(id, answer, authentication.getName());
            return sent(id, "csbm.request.replied", redirect);
        } catch (RuleViolation e) {
            return refused(id, e, authentication, model, locale, response);
        }
    }

    @PostMapping("/csbm/requests/{id}/meeting")
    @PreAuthorize("hasRole('DELEGATE')")
    String meeting(@PathVariable long id, @RequestParam(required = false) @Nullable MeetingScope scope,
            Authentication authentication, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            riskReduction.requestMeeting(id, scope, authentication.getName());
            return sent(id, "csbm.request.meetingSent", redirect);
        } catch (RuleViolation e) {
            return refused(id, e, authentication, model, locale, response);
        }
    }

    @PostMapping("/csbm/requests/{id}/meeting-record")
    @PreAuthorize("hasRole('DELEGATE')")
    String recordMeeting(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Nullable LocalDateTime heldAt,
            @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable List<String> states,
            @RequestParam(required = false) @Nullable String outcome, Authentication authentication, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        MeetingRecordInput input = new MeetingRecordInput(heldAt == null ? null : heldAt.toInstant(ZoneOffset.UTC),
                place, states, outcome);
        try {
            riskReduction.recordMeetingHeld(id, input, authentication.getName());
            return sent(id, "csbm.meetingRecord.recordedNotice", redirect);
        } catch (RuleViolation e) {
            model.addAttribute("meetingInput", input);
            model.addAttribute("heldAtInput", heldAt);
            return refused(id, e, authentication, model, locale, response);
        }
    }

    private String refused(long id, RuleViolation e, Authentication authentication, Model model, Locale locale,
            HttpServletResponse response) {
        model.addAttribute("formError", reason(e, locale));
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return requestPage(riskReduction.request(id, authentication.getName()), authentication, model);
    }

    private String listPage(String body, Authentication authentication, Model model) {
        model.addAttribute("requests", riskReduction.ofBody(body, authentication.getName()));
        model.addAttribute("body", framework.body(body));
        model.addAttribute("states", notifications.participatingStates(body));
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("mayAsk", state(authentication) != null
                && notifications.participatingStates(body).contains(state(authentication)));
        model.addAttribute("now", Instant.now());
        return "csbm/requests";
    }

    private String requestPage(RiskReductionRequest request, Authentication authentication, Model model) {
        String state = state(authentication);
        model.addAttribute("request", request);
        model.addAttribute("body", framework.body(request.bodyCode()));
        model.addAttribute("now", Instant.now());
        model.addAttribute("mayReply", request.reply() == null && request.addresseeState().equals(state));
        model.addAttribute("mayAskMeeting", request.kind() == RequestKind.UNUSUAL_ACTIVITY && request.reply() != null
                && request.meeting() == null && request.requestingState().equals(state));
        model.addAttribute("scopes", MeetingScope.values());
        model.addAttribute("mayRecordMeeting", request.meeting() != null && request.meetingRecord() == null
                && (request.requestingState().equals(state) || request.addresseeState().equals(state)));
        model.addAttribute("states", notifications.participatingStates(request.bodyCode()));
        String reader = authentication.getName();
        model.addAttribute("deliveries", inboxes.deliveriesIfAny(ItemKind.RISK_REDUCTION_REQUEST, request.id(), reader));
        model.addAttribute("replyDeliveries", inboxes.deliveriesIfAny(ItemKind.REQUEST_REPLY, request.id(), reader));
        model.addAttribute("meetingDeliveries", inboxes.deliveriesIfAny(ItemKind.MEETING_REQUEST, request.id(), reader));
        model.addAttribute("meetingRecordDeliveries",
                inboxes.deliveriesIfAny(ItemKind.MEETING_RECORD, request.id(), reader));
        return "csbm/request";
    }

    private static String sent(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addAttribute("id", id);
        return "redirect:/csbm/requests/{id}";
    }

    private String reason(RuleViolation e, Locale locale) {
        return Reasons.of(messages, e, locale);
    }

    private @Nullable String state(Authentication authentication) {
        return Viewers.state(accounts, authentication);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
