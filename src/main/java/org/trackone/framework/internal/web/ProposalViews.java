package org.trackone.framework.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Participant;
import org.trackone.framework.ParticipantCode;
import org.trackone.framework.ParticipantKind;
import org.trackone.framework.Proposal;
import org.trackone.framework.ProposalReaction;

/**
 * Proposals as pages show them: proposers by name, and a row for each state saying how
 * it reacted — as many reactions as it gave, or none recorded. Organizations appear only
 * where they reacted.
 */
@Component
class ProposalViews {

    private final FrameworkDirectory directory;

    ProposalViews(FrameworkDirectory directory) {
        this.directory = directory;
    }

    List<ProposalView> of(List<Proposal> proposals) {
        Map<ParticipantCode, Participant> participants = directory.participantsByCode();
        List<Participant> states = directory.participants().stream()
                .filter(p -> p.kind() == ParticipantKind.STATE).toList();
        return proposals.stream().map(p -> view(p, participants, states)).toList();
    }

    /** Proposals by year, in the order given (the directory's order is by date). */
    List<YearGroup> byYear(List<Proposal> proposals) {
        Map<Integer, List<ProposalView>> years = new LinkedHashMap<>();
        for (ProposalView view : of(proposals)) {
            years.computeIfAbsent(view.proposal().date().date().getYear(), y -> new ArrayList<>()).add(view);
        }
        return years.entrySet().stream().map(e -> new YearGroup(e.getKey(), e.getValue())).toList();
    }

    private static ProposalView view(Proposal proposal, Map<ParticipantCode, Participant> participants,
            List<Participant> states) {
        List<Participant> proposers = proposal.proposers().stream()
                .map(code -> Participants.named(participants, code)).toList();
        List<ReactionRow> reactions = new ArrayList<>();
        for (Participant state : states) {
            reactions.add(new ReactionRow(state, proposal.reactionsOf(state.code()),
                    proposal.proposers().contains(state.code())));
        }
        proposal.reactions().stream().map(ProposalReaction::participant).distinct()
                .filter(code -> states.stream().noneMatch(s -> s.code().equals(code)))
                .forEach(code -> reactions.add(new ReactionRow(Participants.named(participants, code),
                        proposal.reactionsOf(code), proposal.proposers().contains(code))));
        return new ProposalView(proposal, proposers, reactions);
    }

    record ProposalView(Proposal proposal, List<Participant> proposers, List<ReactionRow> reactions) {
    }

    /**
     * How one participant reacted to a proposal.
     *
     * @param reactions empty when no reaction is recorded
     * @param proposer whether it made (or co-made) the proposal
     */
    record ReactionRow(Participant participant, List<ProposalReaction> reactions, boolean proposer) {
    }

    record YearGroup(int year, List<ProposalView> proposals) {
    }
}
