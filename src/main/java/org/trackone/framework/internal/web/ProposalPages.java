package org.trackone.framework.internal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.trackone.RuleViolation;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.FrameworkDirectory.ProposalFilter;
import org.trackone.framework.ParticipantCode;
import org.trackone.framework.Proposal;
import org.trackone.framework.ProposalScope;

/**
 * The timeline of proposals for a framework, by year, filtered by proposer and scope.
 * The filter is a plain GET form; with htmx the same request (marked by the
 * {@code HX-Request} header) returns only the timeline, which replaces the one shown.
 */
@Controller
class ProposalPages {

    static final String VIEW = "framework/proposals";

    private final FrameworkDirectory directory;
    private final ProposalViews views;

    ProposalPages(FrameworkDirectory directory, ProposalViews views) {
        this.directory = directory;
        this.views = views;
    }

    @InitBinder
    void binding(WebDataBinder binder) {
        FormBinding.participantCodes(binder);
    }

    @GetMapping("/proposals")
    String proposals(@RequestParam(required = false) @Nullable ParticipantCode proposer,
            @RequestParam(required = false) @Nullable ProposalScope scope,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model, HttpServletResponse response) {
        if (proposer != null && directory.findParticipant(proposer.value()).isEmpty()) {
            throw new RuleViolation("proposer", "validation.unknownParticipant", proposer.value());
        }
        List<Proposal> proposals = directory.proposals(new ProposalFilter(proposer, scope, null, null));
        model.addAttribute("years", views.byYear(proposals));
        model.addAttribute("count", proposals.size());
        model.addAttribute("proposer", proposer == null ? null : proposer.value());
        model.addAttribute("scope", scope);
        model.addAttribute("participantChoices", directory.participants());
        model.addAttribute("scopes", ProposalScope.values());
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        // A history restore wants the whole page back, not the fragment.
        boolean fragment = "true".equals(htmx) && !"true".equals(historyRestore);
        return fragment ? VIEW + " :: timeline" : VIEW;
    }
}
