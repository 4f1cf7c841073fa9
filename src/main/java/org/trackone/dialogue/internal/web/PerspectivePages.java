package org.trackone.dialogue.internal.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trackone.ContentTooLarge;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.access.Ministry;
import org.trackone.dialogue.Meeting;
import org.trackone.dialogue.Meetings;
import org.trackone.dialogue.PerspectiveAttachment;
import org.trackone.dialogue.PerspectiveSubmission;
import org.trackone.dialogue.Perspectives;
import org.trackone.dialogue.internal.AttachmentDownload;
import org.trackone.dialogue.internal.Viewer;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.web.FormErrors;

/**
 * A meeting's national perspectives: the secretariat, delegates and experts read the
 * latest of each; a delegate of a delegation submits for its own ministry (and sees its
 * versions); the secretariat sees who is missing and who was late.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE', 'EXPERT')")
class PerspectivePages {

    static final String VIEW = "dialogue/perspectives";
    static final String FORM = "perspectiveForm";

    private final Meetings meetings;
    private final Perspectives perspectives;
    private final FrameworkDirectory framework;
    private final Validator validator;

    PerspectivePages(Meetings meetings, Perspectives perspectives, FrameworkDirectory framework, Validator validator) {
        this.meetings = meetings;
        this.perspectives = perspectives;
        this.framework = framework;
        this.validator = validator;
    }

    @GetMapping("/meetings/{id}/perspectives")
    @PreAuthorize("@dialogueAccess.readsWorkOf(#id, authentication)")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new PerspectiveForm("en", "", "", null));
        }
        return page(meetings.meeting(id), Viewer.of(authentication), model);
    }

    @PostMapping("/meetings/{id}/perspectives")
    @PreAuthorize("hasRole('DELEGATE')")
    String submit(@PathVariable long id, @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable String topics,
            @RequestParam(required = false) @Nullable MultipartFile attachment, Authentication authentication,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Meeting meeting = meetings.meeting(id);
        Viewer viewer = Viewer.of(authentication);
        PerspectiveForm form = new PerspectiveForm(language, text, topics, null);
        // A file input left empty sends a part with no name and no content: no attachment.
        PerspectiveAttachment.Upload upload = attachment == null
                || attachment.isEmpty() && (attachment.getOriginalFilename() == null
                        || attachment.getOriginalFilename().isEmpty()) ? null
                : new PerspectiveAttachment.Upload(String.valueOf(attachment.getOriginalFilename()),
                        attachment.getBytes());
        BindingResult errors = new BeanPropertyBindingResult(form, FORM);
        PerspectiveSubmission submission = form.submission();
        Set<ConstraintViolation<PerspectiveSubmission>> violations = validator.validate(submission);
        for (ConstraintViolation<PerspectiveSubmission> violation : violations) {
            String field = violation.getPropertyPath().toString().replaceAll("\\[.*", "");
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "validation", violation.getMessage());
            }
        }
        boolean tooLarge = false;
        if (!errors.hasErrors()) {
            try {
                perspectives.submit(id, String.valueOf(viewer.participant()), Ministry.valueOf(String.valueOf(
                        viewer.ministry())), submission, upload, authentication.getName());
                redirect.addFlashAttribute("notice", "perspective.submitted");
                redirect.addFlashAttribute("noticeName", meeting.title());
                redirect.addAttribute("id", id);
                return "redirect:/meetings/{id}/perspectives";
            } catch (RuleViolation e) {
                FormErrors.reject(errors, e);
                tooLarge = e instanceof ContentTooLarge;
            }
        }
        response.setStatus((tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT).value());
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        return page(meeting, viewer, model);
    }

    private String page(Meeting meeting, Viewer viewer, Model model) {
        List<String> delegations = perspectives.delegations(meeting);
        boolean ownDelegation = viewer.delegate() && delegations.contains(viewer.participant());
        model.addAttribute("meeting", meeting);
        model.addAttribute("participants", Names.participants(framework));
        model.addAttribute("latest", perspectives.latest(meeting.id()));
        model.addAttribute("rules", meetings.rules(meeting.bodyCode()));
        model.addAttribute("canSubmit", ownDelegation);
        model.addAttribute("secretariat", viewer.secretariat());
        model.addAttribute("maxAttachmentMegabytes", perspectives.maxAttachmentSize().toMegabytes());
        if (ownDelegation) {
            model.addAttribute("ownVersions", perspectives.versions(meeting.id(), String.valueOf(viewer.participant()),
                    Ministry.valueOf(String.valueOf(viewer.ministry()))));
            model.addAttribute("ownParticipant", viewer.participant());
            model.addAttribute("ownMinistry", viewer.ministry());
        }
        if (viewer.secretariat()) {
            model.addAttribute("status", perspectives.status(meeting.id()));
        }
        return VIEW;
    }

    @GetMapping("/meetings/{id}/perspectives/{perspective}/attachment")
    @PreAuthorize("@dialogueAccess.readsWorkOf(#id, authentication)")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long perspective) {
        if (perspectives.perspective(perspective).meetingId() != id) {
            throw new NotFound("perspective", perspective);
        }
        return AttachmentDownload.of(perspectives.attachment(perspective));
    }

    /** The perspective form as typed: topics one per line; the attachment is a file, named here for its errors. */
    public record PerspectiveForm(@Nullable String language, @Nullable String text, @Nullable String topics,
            @Nullable String attachment) {

        PerspectiveSubmission submission() {
            List<String> list = topics == null ? List.of()
                    : Arrays.stream(topics.split("\\R")).map(String::strip).filter(t -> !t.isEmpty()).toList();
            return new PerspectiveSubmission(language, text, list);
        }
    }
}
