package org.trackone.framework.internal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.trackone.framework.Body;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.FrameworkDirectory.ProposalFilter;
import org.trackone.framework.HistoricalDate;
import org.trackone.framework.Membership;
import org.trackone.framework.MembershipChange;
import org.trackone.framework.Participant;
import org.trackone.framework.Proposal;
import org.trackone.framework.ProposalReaction;
import org.trackone.framework.Reader;
import org.trackone.framework.RecordRule;

/** The participants: their list, and each one's memberships over time, proposals and reactions. */
@Controller
class ParticipantPages {

    private final FrameworkDirectory directory;
    private final ProposalViews proposals;
    private final Revisions revisions;

    ParticipantPages(FrameworkDirectory directory, ProposalViews proposals, Revisions revisions) {
        this.directory = directory;
        this.proposals = proposals;
        this.revisions = revisions;
    }

    @GetMapping("/participants")
    String participants(@Nullable Authentication authentication, Model model) {
        model.addAttribute("participants", directory.participants());
        model.addAttribute("secretariat", Viewer.secretariat(authentication));
        return "framework/participants";
    }

    @GetMapping("/participants/{code}")
    String participant(@PathVariable String code, @Nullable Authentication authentication, Model model) {
        Participant participant = directory.participant(code);
        Map<String, Body> bodies = directory.bodies().stream()
                .collect(Collectors.toMap(Body::code, b -> b));
        List<Proposal> all = directory.proposals(ProposalFilter.ALL);
        boolean secretariat = Viewer.secretariat(authentication);
        Reader reader = Viewer.reader(authentication);

        model.addAttribute("participant", participant);
        model.addAttribute("memberships", directory.membershipsOfParticipant(code, reader)
                .stream()
                .filter(m -> bodies.containsKey(m.bodyCode()))
                .map(m -> new MembershipRow(bodies.get(m.bodyCode()), m, !reader.insider()
                        && bodies.get(m.bodyCode()).recordRule() != RecordRule.PUBLIC))
                .sorted(Comparator.comparing(MembershipRow::first, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(row -> row.body().name()))
                .toList());
        model.addAttribute("proposalsMade", proposals.of(all.stream()
                .filter(p -> p.proposers().contains(participant.code())).toList()));
        model.addAttribute("reactions", proposals.of(all.stream()
                .filter(p -> !p.proposers().contains(participant.code()) && !p.reactionsOf(participant.code()).isEmpty())
                .toList()).stream()
                .map(view -> new ReactionEntry(view, view.proposal().reactionsOf(participant.code())))
                .toList());
        model.addAttribute("formats", directory.formats().stream()
                .filter(f -> f.participants().contains(participant.code())).toList());
        model.addAttribute("hosted", directory.bodies().stream()
                .filter(b -> participant.code().equals(b.host())).toList());
        model.addAttribute("secretariat", secretariat);
        if (secretariat) {
            model.addAttribute("revisions", revisions.of("PARTICIPANT", code, Participant.class));
        }
        return "framework/participant";
    }

    /**
     * The participant's membership of one body, with its whole history.
     *
     * @param notesWithheld whether the reader may not see the notes (the body's records are not public)
     */
    record MembershipRow(Body body, Membership membership, boolean notesWithheld) {

        public @Nullable HistoricalDate first() {
            return membership.changes().isEmpty() ? null : membership.changes().getFirst().effectiveOn();
        }

        public @Nullable HistoricalDate since() {
            return membership.since().orElse(null);
        }

        public List<MembershipChange> changes() {
            return membership.changes();
        }
    }

    /** The participant's reactions to someone else's proposal. */
    record ReactionEntry(ProposalViews.ProposalView view, List<ProposalReaction> reactions) {
    }
}
