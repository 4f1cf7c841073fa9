package org.trackone.csbm.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trackone.RuleViolation;
import org.trackone.csbm.ActivityType;
import org.trackone.csbm.Deadlines;
import org.trackone.csbm.Force;
import org.trackone.csbm.Measure;
import org.trackone.csbm.RegimeHistory;
import org.trackone.csbm.RegimeOverview;
import org.trackone.csbm.Regimes;
import org.trackone.csbm.RuleSetVersion;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.web.FormErrors;

/** The regime of each body: the rules in force, their history, and the secretariat's form for a new version. */
@Controller
class RegimePages {

    static final String FORM = "ruleSetForm";

    private final Regimes regimes;
    private final RegimeOverview overview;
    private final FrameworkDirectory framework;

    private final Deadlines deadlines;

    RegimePages(Regimes regimes, RegimeOverview overview, FrameworkDirectory framework, Deadlines deadlines) {
        this.deadlines = deadlines;
        this.regimes = regimes;
        this.overview = overview;
        this.framework = framework;
    }

    /** For everyone: each reader finds the bodies, and the parts of them, it may read. */
    @GetMapping("/csbm")
    String overview(@Nullable Authentication authentication, Model model) {
        String reader = Viewers.name(authentication);
        model.addAttribute("bodies", overview.readableBy(reader));
        model.addAttribute("visitor", reader == null);
        model.addAttribute("reportYear", today().getYear());
        // A delegate's own state's deadlines near or past; the overdue ones of every state for the secretariat.
        boolean secretariat = Viewers.secretariat(authentication);
        model.addAttribute("secretariat", secretariat);
        model.addAttribute("deadlinesShown", secretariat || Viewers.delegate(authentication));
        model.addAttribute("deadlines", deadlines.forReader(reader));
        model.addAttribute("now", Instant.now());
        return "csbm/overview";
    }

    /** For every account; for a visitor who has not signed in, when the body's record rule is public. */
    @GetMapping("/csbm/{body}/rules")
    String rules(@PathVariable String body, @Nullable Authentication authentication, Model model) {
        RegimeHistory history = regimes.history(body, Viewers.name(authentication));
        Optional<RuleSetVersion> inForce = history.inForceOn(today());
        model.addAttribute("body", framework.body(body));
        model.addAttribute("inForce", inForce.orElse(null));
        model.addAttribute("versions", history.versions().reversed());
        model.addAttribute("secretariat", Viewers.secretariat(authentication));
        model.addAttribute("measures", Measure.values());
        model.addAttribute("forces", Force.values());
        return "csbm/rules";
    }

    @GetMapping("/csbm/{body}/rules/new")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String newVersion(@PathVariable String body, Model model) {
        RegimeHistory history = regimes.history(body);
        LocalDate tomorrow = today().plusDays(1);
        model.addAttribute(FORM, history.inForceOn(today()).or(history::latest)
                .map(version -> RuleSetForm.from(version.rules(), tomorrow))
                .orElseGet(() -> RuleSetForm.blank(tomorrow)));
        return form(body, model);
    }

    @PostMapping("/csbm/{body}/rules/new")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String adopt(@PathVariable String body, @ModelAttribute(FORM) RuleSetForm form, BindingResult errors,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        regimes.history(body);
        if (!errors.hasErrors()) {
            try {
                if (form.getEffectiveFrom() == null) {
                    throw new RuleViolation("effectiveFrom", "csbm.required");
                }
                RuleSetVersion adopted = regimes.adopt(body, form.toRuleSet(), form.getEffectiveFrom(),
                        authentication.getName());
                redirect.addFlashAttribute("notice", "csbm.rules.adopted");
                redirect.addFlashAttribute("noticeVersion", adopted.version());
                redirect.addAttribute("body", body);
                return "redirect:/csbm/{body}/rules";
            } catch (RuleViolation e) {
                FormErrors.reject(errors, new RuleViolation(RuleSetForm.formField(e.field()), e.messageCode(),
                        e.arguments()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(body, model);
    }

    private String form(String body, Model model) {
        model.addAttribute("body", framework.body(body));
        model.addAttribute("measures", Measure.values());
        model.addAttribute("forces", Force.values());
        model.addAttribute("activityTypes", ActivityType.values());
        return "csbm/rules-form";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
