package org.trackone.framework.internal.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trackone.RuleViolation;
import org.trackone.framework.Body;
import org.trackone.framework.BodyDetails;
import org.trackone.framework.BodyKind;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.DecisionRule;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Mandate;
import org.trackone.framework.MembershipChange;
import org.trackone.framework.MembershipChangeRequest;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Track;

/**
 * The secretariat's forms for bodies: create, edit, and record a membership change on
 * the body's page. A form with errors comes back with status 422, what was typed, and
 * each reason next to its field; nothing is written then.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class BodyForms {

    static final String FORM = "bodyForm";
    static final String VIEW = "framework/body-form";

    private final FrameworkDirectory directory;
    private final FrameworkAdministration administration;
    private final Validator validator;
    private final BodyPage page;

    BodyForms(FrameworkDirectory directory, FrameworkAdministration administration, Validator validator, BodyPage page) {
        this.directory = directory;
        this.administration = administration;
        this.validator = validator;
        this.page = page;
    }

    @InitBinder({FORM, BodyPage.MEMBERSHIP_FORM})
    void binding(WebDataBinder binder) {
        FormBinding.textAndDates(binder);
    }

    @GetMapping("/bodies/new")
    String newBody(Model model) {
        model.addAttribute(FORM, new BodyDetails(null, null, null, null, null, null, null, null, null, null, null,
                null, null));
        return form(null, model);
    }

    @PostMapping("/bodies/new")
    String create(@Valid @ModelAttribute(FORM) BodyDetails form, BindingResult errors, Authentication authentication,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormBinding.validateAll(form, errors, validator);
        FormBinding.refuseReservedCode(form.code(), errors);
        if (!errors.hasErrors()) {
            try {
                Body body = administration.createBody(form, authentication.getName());
                return saved(body, "body.created", redirect);
            } catch (RuleViolation e) {
                FormBinding.reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(null, model);
    }

    @GetMapping("/bodies/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Body body = directory.body(code);
        model.addAttribute(FORM, new BodyDetails(body.code(), body.name(), body.kind(), body.parentCode(),
                body.track(), body.mandate(), body.decisionRule(), body.recordRule(), body.status(), body.formatCode(),
                body.host() == null ? null : body.host().value(), body.convenedOn(), body.description()));
        return form(body, model);
    }

    @PostMapping("/bodies/{code}/edit")
    String update(@PathVariable String code, @Valid @ModelAttribute(FORM) BodyDetails form, BindingResult errors,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Body existing = directory.body(code);
        FormBinding.validateAll(form, errors, validator);
        if (!errors.hasErrors()) {
            try {
                Body body = administration.editBody(code, form, authentication.getName());
                return saved(body, "body.saved", redirect);
            } catch (RuleViolation e) {
                FormBinding.reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(existing, model);
    }

    @PostMapping("/bodies/{code}/memberships")
    String changeMembership(@PathVariable String code,
            @Valid @ModelAttribute(BodyPage.MEMBERSHIP_FORM) MembershipChangeRequest form, BindingResult errors,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        directory.body(code);
        FormBinding.validateAll(form, errors, validator);
        if (!errors.hasErrors()) {
            try {
                MembershipChange change = administration.changeMembership(code, form, authentication.getName());
                redirect.addFlashAttribute("notice", "membership.changeRecorded");
                redirect.addFlashAttribute("noticeName", directory.findParticipant(change.participant().value())
                        .map(p -> p.shortName()).orElse(change.participant().value()));
                redirect.addAttribute("code", code);
                // Back to the history, where the new change now is (the form's own anchor would stick otherwise).
                return "redirect:/bodies/{code}#history";
            } catch (RuleViolation e) {
                FormBinding.reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page.show(code, authentication, model);
    }

    private String saved(Body body, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeName", body.name());
        redirect.addAttribute("code", body.code());
        return "redirect:/bodies/{code}";
    }

    /** The form, new or editing {@code body}, with the choices its selects offer. */
    private String form(@Nullable Body body, Model model) {
        model.addAttribute("editing", body);
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("tracks", Track.values());
        model.addAttribute("mandates", Mandate.values());
        model.addAttribute("decisionRules", DecisionRule.values());
        model.addAttribute("recordRules", RecordRule.values());
        model.addAttribute("statuses", BodyStatus.values());
        model.addAttribute("parentChoices", parentChoices(body));
        model.addAttribute("formatChoices", directory.formats());
        model.addAttribute("hostChoices", directory.participants());
        return VIEW;
    }

    /** Every body that could be the parent: not the body itself, nor one of its descendants. */
    private List<Body> parentChoices(@Nullable Body body) {
        if (body == null) {
            return directory.bodies();
        }
        Set<String> excluded = new HashSet<>();
        excluded.add(body.code());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Body candidate : directory.bodies()) {
                if (candidate.parentCode() != null && excluded.contains(candidate.parentCode())
                        && excluded.add(candidate.code())) {
                    grew = true;
                }
            }
        }
        return directory.bodies().stream().filter(b -> !excluded.contains(b.code())).toList();
    }
}
