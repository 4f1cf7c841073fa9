package org.trackone.csbm.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

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
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.access.Accounts;
import org.trackone.csbm.ActivityType;
import org.trackone.csbm.AnnualCalendar;
import org.trackone.csbm.AnnualCalendars;
import org.trackone.csbm.AnnualExchanges;
import org.trackone.csbm.Inboxes;
import org.trackone.csbm.ItemKind;
import org.trackone.csbm.PriorNotifications;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.web.FormErrors;

/**
 * A state's annual calendar on a page: its planned activities, its versions, the check and
 * its delivery; and the defence delegate's form to submit its state's calendar or correct it.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
class CalendarPages {

    static final String FORM = "calendarForm";

    private final AnnualCalendars calendars;
    private final PriorNotifications notifications;
    private final Inboxes inboxes;
    private final FrameworkDirectory framework;
    private final Accounts accounts;

    CalendarPages(AnnualCalendars calendars, PriorNotifications notifications, Inboxes inboxes,
            FrameworkDirectory framework, Accounts accounts) {
        this.calendars = calendars;
        this.notifications = notifications;
        this.inboxes = inboxes;
        this.framework = framework;
        this.accounts = accounts;
    }

    @GetMapping("/csbm/{body}/calendars/new")
    @PreAuthorize("hasRole('DELEGATE')")
    String newCalendar(@PathVariable String body, @RequestParam(required = false) @Nullable Integer year,
            Authentication authentication, Model model) {
        String state = requireFiler(body, authentication);
        int shown = year == null ? calendars.lastYear() : year;
        model.addAttribute(FORM, CalendarForm.of(shown, calendars.latest(body, state, shown, authentication.getName())
                .orElse(null)));
        return form(body, state, shown, model);
    }

    @PostMapping("/csbm/{body}/calendars/new")
    @PreAuthorize("hasRole('DELEGATE')")
    String submit(@PathVariable String body, @ModelAttribute(FORM) CalendarForm form, BindingResult errors,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String state = requireFiler(body, authentication);
        if (!errors.hasErrors()) {
            form.compact();
            try {
                Integer year = form.getYear();
                if (year == null) {
                    throw new RuleViolation("year", "csbm.required");
                }
                calendars.submit(body, state, year, form.toEntries(), form.getCorrects(), authentication.getName());
                redirect.addFlashAttribute("notice", "csbm.calendar.submitted");
                redirect.addAttribute("body", body);
                redirect.addAttribute("state", state);
                redirect.addAttribute("year", year);
                return "redirect:/csbm/{body}/calendars/{state}/{year}";
            } catch (RuleViolation e) {
                FormErrors.reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(body, state, form.getYear() == null ? calendars.lastYear() : form.getYear(), model);
    }

    private String form(String body, String state, int year, Model model) {
        model.addAttribute("body", framework.body(body));
        model.addAttribute("state", framework.participant(state));
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("lastYear", calendars.lastYear());
        model.addAttribute("dueOn", year < AnnualExchanges.FIRST_YEAR || year > calendars.lastYear() ? null
                : calendars.dueOn(body, year).orElse(null));
        return "csbm/calendar-form";
    }

    /** The delegate's state, when it may file the calendar: a defence-ministry delegate of a participating state. */
    private String requireFiler(String body, Authentication authentication) {
        framework.body(body);
        if (!notifications.mayNotify(body, authentication.getName())) {
            throw new AccessDeniedException("A defence-ministry delegate of a participating state files the calendar.");
        }
        return accounts.find(authentication.getName()).map(a -> a.participant()).orElseThrow();
    }

    /** Every state's calendars, year by year: for those who read the body's submissions (the service decides). */
    @GetMapping("/csbm/{body}/calendars")
    @PreAuthorize("permitAll()")
    String list(@PathVariable String body, @Nullable Authentication authentication, Model model) {
        String reader = Viewers.name(authentication);
        model.addAttribute("byYear", calendars.ofBody(body, reader).stream().collect(Collectors.groupingBy(
                AnnualCalendar::year, LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("body", framework.body(body));
        model.addAttribute("mayFile", notifications.mayNotify(body, reader));
        return "csbm/calendars";
    }

    /** For those who read the body's submissions: everyone when its record rule is public (the service decides). */
    @GetMapping("/csbm/{body}/calendars/{state}/{year}")
    @PreAuthorize("permitAll()")
    String calendar(@PathVariable String body, @PathVariable String state, @PathVariable int year,
            @RequestParam(required = false) @Nullable Integer version, @Nullable Authentication authentication,
            Model model) {
        String reader = Viewers.name(authentication);
        List<AnnualCalendar> versions = calendars.versions(body, state, year, reader);
        AnnualCalendar shown = version == null ? versions.getLast() : versions.stream()
                .filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFound("version of the calendar", version));
        model.addAttribute("body", framework.body(body));
        model.addAttribute("state", framework.participant(state));
        model.addAttribute("year", year);
        model.addAttribute("versions", versions);
        model.addAttribute("calendar", shown);
        model.addAttribute("checks", calendars.check(body, state, year, reader));
        model.addAttribute("deliveries", inboxes.deliveriesIfAny(ItemKind.ANNUAL_CALENDAR, shown.id(), reader));
        model.addAttribute("mayCorrect", state.equals(Viewers.stateOf(accounts, reader))
                && notifications.mayNotify(body, reader));
        return "csbm/calendar";
    }
}
