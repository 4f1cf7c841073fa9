package org.trackone.csbm.internal.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import org.trackone.csbm.HazardousIncident;
import org.trackone.csbm.HazardousIncidents;
import org.trackone.csbm.IncidentEnvironment;
import org.trackone.csbm.IncidentReport;
import org.trackone.csbm.NotificationRequest.Coordinates;
import org.trackone.csbm.PriorNotifications;
import org.trackone.csbm.Inboxes;
import org.trackone.csbm.ItemKind;
import org.trackone.csbm.Regimes;
import org.trackone.framework.FrameworkDirectory;

/** Hazardous incident reports on pages: a body's list with a delegate's form, and one report with its reply. */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
class IncidentPages {

    private final HazardousIncidents incidents;
    private final PriorNotifications notifications;
    private final FrameworkDirectory framework;
    private final Accounts accounts;
    private final MessageSource messages;
    private final Inboxes inboxes;
    private final Regimes regimes;

    IncidentPages(HazardousIncidents incidents, PriorNotifications notifications, FrameworkDirectory framework,
            Accounts accounts, MessageSource messages, Inboxes inboxes, Regimes regimes) {
        this.regimes = regimes;
        this.incidents = incidents;
        this.inboxes = inboxes;
        this.notifications = notifications;
        this.framework = framework;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/csbm/{body}/incidents")
    String list(@PathVariable String body, Authentication authentication, Model model) {
        return listPage(body, authentication, model);
    }

    @PostMapping("/csbm/{body}/incidents/new")
    @PreAuthorize("hasRole('DELEGATE')")
    String report(@PathVariable String body, @RequestParam(required = false) @Nullable String otherState,
            @RequestParam(required = false) @Nullable IncidentEnvironment environment,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Nullable LocalDateTime occurredAt,
            @RequestParam(required = false) @Nullable Double latitude,
            @RequestParam(required = false) @Nullable Double longitude,
            @RequestParam(required = false) @Nullable String unitsInvolved,
            @RequestParam(required = false) @Nullable Integer closestApproachMetres,
            @RequestParam(required = false) @Nullable String whatHappened, Authentication authentication,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Instant occurred = occurredAt == null ? null : occurredAt.toInstant(ZoneOffset.UTC);
        Coordinates position = latitude == null && longitude == null ? null : new Coordinates(latitude, longitude);
        IncidentReport input = new IncidentReport(otherState == null || otherState.isBlank() ? null : otherState.strip(),
                environment, occurred, position, unitsInvolved, closestApproachMetres, whatHappened);
        try {
            HazardousIncident incident = incidents.report(body, input, authentication.getName());
            return shown(incident.id(), "csbm.incident.sent", redirect);
        } catch (RuleViolation e) {
            model.addAttribute("formError", Reasons.of(messages, e, locale));
            model.addAttribute("input", input);
            model.addAttribute("occurredAtInput", occurredAt);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return listPage(body, authentication, model);
        }
    }

    @GetMapping("/csbm/incidents/{id}")
    String incident(@PathVariable long id, Authentication authentication, Model model) {
        return incidentPage(incidents.incident(id, authentication.getName()), authentication, model);
    }

    @PostMapping("/csbm/incidents/{id}/acknowledge")
    @PreAuthorize("hasRole('DELEGATE')")
    String acknowledge(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        incidents.acknowledge(id, authentication.getName());
        return shown(id, "csbm.incident.acknowledged", redirect);
    }

    @PostMapping("/csbm/incidents/{id}/reply")
    @PreAuthorize("hasRole('DELEGATE')")
    String reply(@PathVariable long id, @RequestParam(required = false) @Nullable String answer,
            Authentication authentication, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            incidents.reply(id, answer, authentication.getName());
            return shown(id, "csbm.incident.replied", redirect);
        } catch (RuleViolation e) {
            model.addAttribute("formError", Reasons.of(messages, e, locale));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return incidentPage(incidents.incident(id, authentication.getName()), authentication, model);
        }
    }

    private String listPage(String body, Authentication authentication, Model model) {
        model.addAttribute("incidents", incidents.ofBody(body, authentication.getName()));
        model.addAttribute("body", framework.body(body));
        String state = state(authentication);
        model.addAttribute("states", notifications.participatingStates(body).stream()
                .filter(s -> !s.equals(state)).toList());
        model.addAttribute("environments", IncidentEnvironment.values());
        model.addAttribute("mayReport", state != null && notifications.participatingStates(body).contains(state));
        model.addAttribute("rulesInForce", regimes.inForceToday(body).orElse(null));
        model.addAttribute("now", Instant.now());
        return "csbm/incidents";
    }

    private String incidentPage(HazardousIncident incident, Authentication authentication, Model model) {
        String state = state(authentication);
        model.addAttribute("incident", incident);
        model.addAttribute("body", framework.body(incident.bodyCode()));
        boolean addressed = incident.otherState().equals(state);
        model.addAttribute("mayAcknowledge", addressed && !incident.acknowledged());
        model.addAttribute("mayReply", addressed && incident.reply() == null);
        model.addAttribute("replyDeliveries",
                inboxes.deliveriesIfAny(ItemKind.INCIDENT_REPLY, incident.id(), authentication.getName()));
        model.addAttribute("now", Instant.now());
        return "csbm/incident";
    }

    private static String shown(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addAttribute("id", id);
        return "redirect:/csbm/incidents/{id}";
    }

    private @Nullable String state(Authentication authentication) {
        return Viewers.state(accounts, authentication);
    }
}
