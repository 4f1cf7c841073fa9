package org.trackone.dialogue.internal.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
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
import org.trackone.dialogue.Meeting;
import org.trackone.dialogue.Meetings;
import org.trackone.dialogue.Overlaps;
import org.trackone.dialogue.Perspective;
import org.trackone.dialogue.Perspectives;
import org.trackone.dialogue.TopicCatalogue;
import org.trackone.dialogue.internal.Viewer;
import org.trackone.framework.FrameworkDirectory;

/**
 * The overlap report of a meeting, for those who take part; the secretariat assigns
 * recurring topics to experts there.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE', 'EXPERT')")
class OverlapPages {

    private final Meetings meetings;
    private final Perspectives perspectives;
    private final Overlaps overlaps;
    private final FrameworkDirectory framework;

    OverlapPages(Meetings meetings, Perspectives perspectives, Overlaps overlaps, FrameworkDirectory framework) {
        this.meetings = meetings;
        this.perspectives = perspectives;
        this.overlaps = overlaps;
        this.framework = framework;
    }

    @GetMapping("/meetings/{id}/overlap")
    @PreAuthorize("@dialogueAccess.readsWorkOf(#id, authentication)")
    String report(@PathVariable long id, Authentication authentication, Model model) {
        return page(meetings.meeting(id), Viewer.of(authentication), model);
    }

    @PostMapping("/meetings/{id}/overlap/assignments")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String assign(@PathVariable long id, @RequestParam(required = false) @Nullable String topic,
            @RequestParam(required = false) @Nullable String expert,
            @RequestParam(required = false) @Nullable String note, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(id);
        try {
            overlaps.assign(id, topic, expert == null ? null : expert.strip(), note, authentication.getName());
            redirect.addFlashAttribute("notice", "overlap.assigned");
            redirect.addFlashAttribute("noticeName", topic);
            redirect.addAttribute("id", id);
            return "redirect:/meetings/{id}/overlap#assignments";
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("assignmentError", e);
            model.addAttribute("typedExpert", expert);
            return page(meeting, Viewer.of(authentication), model);
        }
    }

    @PostMapping("/meetings/{id}/overlap/analyses")
    @PreAuthorize("hasRole('EXPERT')")
    String analysis(@PathVariable long id, @RequestParam(required = false) @Nullable Long assignment,
            @RequestParam(required = false) @Nullable String text, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(id);
        try {
            if (assignment == null) {
                throw new RuleViolation("assignment", "dialogue.required");
            }
            overlaps.submitAnalysis(id, assignment, text, authentication.getName());
            redirect.addFlashAttribute("notice", "overlap.analysisSubmitted");
            redirect.addFlashAttribute("noticeName", "");
            redirect.addAttribute("id", id);
            return "redirect:/meetings/{id}/overlap#assignments";
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("assignmentError", e);
            return page(meeting, Viewer.of(authentication), model);
        }
    }

    private String page(Meeting meeting, Viewer viewer, Model model) {
        Map<String, String> authors = new HashMap<>();
        var participants = Names.participants(framework);
        for (Perspective p : perspectives.latest(meeting.id())) {
            var participant = participants.get(p.participant());
            authors.put(Long.toString(p.id()), (participant == null ? p.participant() : participant.shortName())
                    + "|" + p.ministry().name() + "|" + p.language());
        }
        Map<String, String> labels = new HashMap<>();
        for (TopicCatalogue.Topic topic : overlaps.catalogue().topics()) {
            labels.put(topic.id(), topic.label());
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("report", overlaps.report(meeting.id()));
        model.addAttribute("authors", authors);
        model.addAttribute("topicLabels", labels);
        model.addAttribute("topics", overlaps.catalogue().topics());
        model.addAttribute("assignments", overlaps.assignments(meeting.id()));
        model.addAttribute("secretariat", viewer.secretariat());
        model.addAttribute("analyses", overlaps.analyses(meeting.id()));
        model.addAttribute("expertName", viewer.expert() ? viewer.username() : null);
        return "dialogue/overlap";
    }
}
