package org.trackone.csbm.internal.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.trackone.NotFound;
import org.trackone.csbm.AnnualCalendar;
import org.trackone.csbm.AnnualCalendars;
import org.trackone.csbm.Inboxes;
import org.trackone.csbm.ItemKind;
import org.trackone.framework.FrameworkDirectory;

/** A state's annual calendar on a page: its planned activities, its versions, the check and its delivery. */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
class CalendarPages {

    private final AnnualCalendars calendars;
    private final Inboxes inboxes;
    private final FrameworkDirectory framework;

    CalendarPages(AnnualCalendars calendars, Inboxes inboxes, FrameworkDirectory framework) {
        this.calendars = calendars;
        this.inboxes = inboxes;
        this.framework = framework;
    }

    @GetMapping("/csbm/{body}/calendars/{state}/{year}")
    String calendar(@PathVariable String body, @PathVariable String state, @PathVariable int year,
            @RequestParam(required = false) @Nullable Integer version, Authentication authentication, Model model) {
        List<AnnualCalendar> versions = calendars.versions(body, state, year, authentication.getName());
        AnnualCalendar shown = version == null ? versions.getLast() : versions.stream()
                .filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFound("version of the calendar", version));
        model.addAttribute("body", framework.body(body));
        model.addAttribute("state", framework.participant(state));
        model.addAttribute("year", year);
        model.addAttribute("versions", versions);
        model.addAttribute("calendar", shown);
        model.addAttribute("checks", calendars.check(body, state, year, authentication.getName()));
        model.addAttribute("deliveries", inboxes.deliveriesIfAny(ItemKind.ANNUAL_CALENDAR, shown.id(),
                authentication.getName()));
        return "csbm/calendar";
    }
}
