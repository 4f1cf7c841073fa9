package org.trackone.framework.internal.web;

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
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Participant;
import org.trackone.framework.ParticipantDetails;
import org.trackone.framework.ParticipantKind;

/** The secretariat's forms to create and edit participants. The code is fixed once created. */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class ParticipantForms {

    static final String FORM = "participantForm";
    static final String VIEW = "framework/participant-form";

    private final FrameworkDirectory directory;
    private final FrameworkAdministration administration;
    private final Validator validator;

    ParticipantForms(FrameworkDirectory directory, FrameworkAdministration administration, Validator validator) {
        this.directory = directory;
        this.administration = administration;
        this.validator = validator;
    }

    @InitBinder(FORM)
    void binding(WebDataBinder binder) {
        FormBinding.textAndDates(binder);
    }

    @GetMapping("/participants/new")
    String newParticipant(Model model) {
        model.addAttribute(FORM, new ParticipantDetails(null, null, null, null, null));
        return form(null, model);
    }

    @PostMapping("/participants/new")
    String create(@Valid @ModelAttribute(FORM) ParticipantDetails form, BindingResult errors,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormBinding.validateAll(form, errors, validator);
        FormBinding.refuseReservedCode(form.code(), errors);
        if (!errors.hasErrors()) {
            try {
                return saved(administration.createParticipant(form, authentication.getName()), "participant.created",
                        redirect);
            } catch (RuleViolation e) {
                FormBinding.reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(null, model);
    }

    @GetMapping("/participants/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Participant participant = directory.participant(code);
        model.addAttribute(FORM, new ParticipantDetails(participant.code().value(), participant.kind(),
                participant.name(), participant.shortName(), participant.description()));
        return form(participant, model);
    }

    @PostMapping("/participants/{code}/edit")
    String update(@PathVariable String code, @Valid @ModelAttribute(FORM) ParticipantDetails form,
            BindingResult errors, Authentication authentication, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Participant existing = directory.participant(code);
        FormBinding.validateAll(form, errors, validator);
        if (!errors.hasErrors()) {
            try {
                return saved(administration.editParticipant(code, form, authentication.getName()), "participant.saved",
                        redirect);
            } catch (RuleViolation e) {
                FormBinding.reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(existing, model);
    }

    private static String saved(Participant participant, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeName", participant.name());
        redirect.addAttribute("code", participant.code().value());
        return "redirect:/participants/{code}";
    }

    private static String form(@Nullable Participant participant, Model model) {
        model.addAttribute("editing", participant);
        model.addAttribute("kinds", ParticipantKind.values());
        return VIEW;
    }
}
