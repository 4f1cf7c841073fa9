package org.trackone.dialogue.internal.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
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
import org.trackone.dialogue.RecommendationResponse;
import org.trackone.dialogue.StudyGroups;
import org.trackone.dialogue.internal.Viewer;
import org.trackone.framework.FrameworkDirectory;

/** Study groups for everyone; the secretariat records track one's responses on a group's page. */
@Controller
class StudyGroupPages {

    private final StudyGroups groups;
    private final FrameworkDirectory framework;

    StudyGroupPages(StudyGroups groups, FrameworkDirectory framework) {
        this.groups = groups;
        this.framework = framework;
    }

    @GetMapping("/study-groups")
    String list(Model model) {
        model.addAttribute("groups", groups.groups());
        model.addAttribute("bodyNames", Names.bodies(framework));
        return "dialogue/study-groups";
    }

    @GetMapping("/study-groups/{code}")
    String group(@PathVariable String code, @Nullable Authentication authentication, Model model) {
        model.addAttribute("group", groups.group(code));
        model.addAttribute("bodyNames", Names.bodies(framework));
        model.addAttribute("secretariat", Viewer.of(authentication).secretariat());
        model.addAttribute("responses", RecommendationResponse.values());
        return "dialogue/study-group";
    }

    @PostMapping("/study-groups/{code}/responses")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String respond(@PathVariable String code, @RequestParam(required = false) @Nullable Long recommendation,
            @RequestParam(required = false) @Nullable RecommendationResponse response,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate respondedOn,
            Authentication authentication, Model model, HttpServletResponse servletResponse,
            RedirectAttributes redirect) {
        groups.group(code);
        try {
            if (recommendation == null) {
                throw new RuleViolation("recommendation", "dialogue.required");
            }
            groups.respond(recommendation, response, note, respondedOn, authentication.getName());
            redirect.addFlashAttribute("notice", "studyGroup.responded");
            redirect.addFlashAttribute("noticeName", "");
            return "redirect:/study-groups/" + code;
        } catch (RuleViolation e) {
            servletResponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refusal", e);
            return group(code, authentication, model);
        }
    }
}
