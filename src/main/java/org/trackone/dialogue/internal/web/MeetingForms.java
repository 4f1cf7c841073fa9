package org.trackone.dialogue.internal.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trackone.RuleViolation;
import org.trackone.dialogue.Meeting;
import org.trackone.dialogue.MeetingDetails;
import org.trackone.dialogue.MeetingKind;
import org.trackone.dialogue.Meetings;
import org.trackone.dialogue.SessionRecordRule;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.web.FormErrors;

/**
 * The secretariat's forms for meetings: schedule one (for a plenary, the dates the
 * body's cadence proposes are filled in) and change one. A form with errors comes back
 * with status 422, what was typed and each reason next to its field; nothing is written.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class MeetingForms {

    static final String FORM = "meetingForm";
    static final String VIEW = "dialogue/meeting-form";

    private final Meetings meetings;
    private final FrameworkDirectory framework;
    private final Validator validator;

    MeetingForms(Meetings meetings, FrameworkDirectory framework, Validator validator) {
        this.meetings = meetings;
        this.framework = framework;
        this.validator = validator;
    }

    @InitBinder(FORM)
    void binding(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/meetings/new")
    String newMeeting(@RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable MeetingKind kind, Model model) {
        MeetingForm form = MeetingForm.blank(body, kind);
        if (body != null && framework.findBody(body).isPresent() && kind == MeetingKind.PLENARY) {
            meetings.proposeNextPlenary(body).ifPresent(proposed -> {
                form.setStartsOn(proposed.startsOn());
                form.setEndsOn(proposed.endsOn());
                model.addAttribute("proposed", proposed);
            });
        }
        model.addAttribute(FORM, form);
        return form(null, model);
    }

    @PostMapping("/meetings/new")
    String schedule(@ModelAttribute(FORM) MeetingForm form, BindingResult errors, Authentication authentication,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MeetingDetails details = form.details();
        validate(form, details, errors);
        if (!errors.hasErrors()) {
            try {
                return saved(meetings.schedule(details, authentication.getName()), "meeting.scheduled", redirect);
            } catch (RuleViolation e) {
                reject(form, errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        form.fillRows();
        return form(null, model);
    }

    @GetMapping("/meetings/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Meeting meeting = meetings.meeting(id);
        model.addAttribute(FORM, MeetingForm.of(meeting));
        return form(meeting, model);
    }

    @PostMapping("/meetings/{id}/edit")
    String change(@PathVariable long id, @ModelAttribute(FORM) MeetingForm form, BindingResult errors,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Meeting existing = meetings.meeting(id);
        form.setBody(existing.bodyCode());
        MeetingDetails details = form.details();
        validate(form, details, errors);
        if (!errors.hasErrors()) {
            try {
                return saved(meetings.change(id, details, authentication.getName()), "meeting.saved", redirect);
            } catch (RuleViolation e) {
                reject(form, errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        form.fillRows();
        return form(existing, model);
    }

    /** The constraints of the details, each put next to the form field it came from. */
    private void validate(MeetingForm form, MeetingDetails details, BindingResult errors) {
        Set<ConstraintViolation<MeetingDetails>> violations = validator.validate(details);
        for (ConstraintViolation<MeetingDetails> violation : violations) {
            String field = form.formField(violation.getPropertyPath().toString());
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "validation", violation.getMessage());
            }
        }
    }

    private static void reject(MeetingForm form, BindingResult errors, RuleViolation violation) {
        FormErrors.reject(errors, new RuleViolation(form.formField(violation.field()), violation.messageCode(),
                violation.arguments()));
    }

    private static String saved(Meeting meeting, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeName", meeting.title());
        redirect.addAttribute("id", meeting.id());
        return "redirect:/meetings/{id}";
    }

    private String form(@Nullable Meeting meeting, Model model) {
        model.addAttribute("editing", meeting);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("recordRules", SessionRecordRule.values());
        model.addAttribute("bodyChoices", framework.bodies());
        model.addAttribute("hostChoices", framework.participants());
        return VIEW;
    }
}
