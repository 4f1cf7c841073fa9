package org.trackone.framework.internal.web;

import java.util.List;

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
import org.trackone.framework.Format;
import org.trackone.framework.FormatDetails;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.ParticipantCode;

/** The secretariat's forms to create and edit formats. The code is fixed once created. */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class FormatForms {

    static final String FORM = "formatForm";
    static final String VIEW = "framework/format-form";

    private final FrameworkDirectory directory;
    private final FrameworkAdministration administration;
    private final Validator validator;

    FormatForms(FrameworkDirectory directory, FrameworkAdministration administration, Validator validator) {
        this.directory = directory;
        this.administration = administration;
        this.validator = validator;
    }

    @InitBinder(FORM)
    void binding(WebDataBinder binder) {
        FormBinding.textAndDates(binder);
    }

    @GetMapping("/formats/new")
    String newFormat(Model model) {
        model.addAttribute(FORM, new FormatDetails(null, null, null, List.of()));
        return form(null, model);
    }

    @PostMapping("/formats/new")
    String create(@Valid @ModelAttribute(FORM) FormatDetails form, BindingResult errors,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormBinding.validateAll(form, errors, validator);
        FormBinding.refuseReservedCode(form.code(), errors);
        if (!errors.hasErrors()) {
            try {
                return saved(administration.createFormat(form, authentication.getName()), "format.created", redirect);
            } catch (RuleViolation e) {
                FormBinding.reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(null, model);
    }

    @GetMapping("/formats/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Format format = directory.format(code);
        model.addAttribute(FORM, new FormatDetails(format.code(), format.name(), format.description(),
                format.participants().stream().map(ParticipantCode::value).toList()));
        return form(format, model);
    }

    @PostMapping("/formats/{code}/edit")
    String update(@PathVariable String code, @Valid @ModelAttribute(FORM) FormatDetails form, BindingResult errors,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Format existing = directory.format(code);
        FormBinding.validateAll(form, errors, validator);
        if (!errors.hasErrors()) {
            try {
                return saved(administration.editFormat(code, form, authentication.getName()), "format.saved", redirect);
            } catch (RuleViolation e) {
                FormBinding.reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(existing, model);
    }

    private static String saved(Format format, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeName", format.name());
        redirect.addAttribute("code", format.code());
        return "redirect:/formats/{code}";
    }

    private String form(@Nullable Format format, Model model) {
        model.addAttribute("editing", format);
        model.addAttribute("participantChoices", directory.participants());
        return VIEW;
    }
}
