package org.trackone.csbm.internal.web;

import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.trackone.csbm.Hotline;
import org.trackone.csbm.HotlineMessage;
import org.trackone.csbm.HotlineMessageInput;
import org.trackone.csbm.PriorNotifications;
import org.trackone.csbm.Regimes;
import org.trackone.framework.FrameworkDirectory;

/** The hotline on pages: a state's messages and its form, one message, and the secretariat's escalations. */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
class HotlinePages {

    private final Hotline hotline;
    private final PriorNotifications notifications;
    private final FrameworkDirectory framework;
    private final Accounts accounts;
    private final MessageSource messages;
    private final Regimes regimes;

    HotlinePages(Hotline hotline, PriorNotifications notifications, FrameworkDirectory framework, Accounts accounts,
            MessageSource messages, Regimes regimes) {
        this.regimes = regimes;
        this.hotline = hotline;
        this.notifications = notifications;
        this.framework = framework;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/csbm/{body}/hotline")
    String list(@PathVariable String body, Authentication authentication, Model model) {
        return listPage(body, authentication, model);
    }

    @PostMapping("/csbm/{body}/hotline/new")
    @PreAuthorize("hasRole('DELEGATE')")
    String send(@PathVariable String body, @RequestParam(required = false) @Nullable String addressee,
            @RequestParam(required = false) @Nullable String message, Authentication authentication, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        HotlineMessageInput input = new HotlineMessageInput(addressee == null || addressee.isBlank() ? null
                : addressee.strip(), message);
        try {
            HotlineMessage sent = hotline.send(body, input, authentication.getName());
            return shown(sent.id(), "csbm.hotline.sent", redirect);
        } catch (RuleViolation e) {
            model.addAttribute("formError", Reasons.of(messages, e, locale));
            model.addAttribute("input", input);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return listPage(body, authentication, model);
        }
    }

    @GetMapping("/csbm/{body}/hotline/escalations")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String escalations(@PathVariable String body, Authentication authentication, Model model) {
        model.addAttribute("escalated", hotline.escalated(body, authentication.getName()));
        model.addAttribute("body", framework.body(body));
        model.addAttribute("rulesInForce", regimes.inForceToday(body).orElse(null));
        model.addAttribute("now", Instant.now());
        return "csbm/hotline-escalations";
    }

    @GetMapping("/csbm/hotline/{id}")
    String message(@PathVariable long id, Authentication authentication, Model model) {
        HotlineMessage message = hotline.message(id, authentication.getName());
        model.addAttribute("message", message);
        model.addAttribute("body", framework.body(message.bodyCode()));
        model.addAttribute("now", Instant.now());
        model.addAttribute("mayAcknowledge", !message.acknowledged() && message.toState().equals(state(authentication)));
        return "csbm/hotline-message";
    }

    @PostMapping("/csbm/hotline/{id}/acknowledge")
    @PreAuthorize("hasRole('DELEGATE')")
    String acknowledge(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        hotline.acknowledge(id, authentication.getName());
        return shown(id, "csbm.hotline.acknowledged", redirect);
    }

    private String listPage(String body, Authentication authentication, Model model) {
        model.addAttribute("hotlineMessages", hotline.ofBody(body, authentication.getName()));
        model.addAttribute("body", framework.body(body));
        String state = state(authentication);
        model.addAttribute("states", notifications.participatingStates(body).stream()
                .filter(s -> !s.equals(state)).toList());
        model.addAttribute("maySend", state != null && notifications.participatingStates(body).contains(state));
        model.addAttribute("secretariat", Viewers.secretariat(authentication));
        model.addAttribute("rulesInForce", regimes.inForceToday(body).orElse(null));
        model.addAttribute("now", Instant.now());
        return "csbm/hotline";
    }

    private static String shown(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addAttribute("id", id);
        return "redirect:/csbm/hotline/{id}";
    }

    private @Nullable String state(Authentication authentication) {
        return Viewers.state(accounts, authentication);
    }
}
