package org.trackone.framework;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A proposal for a framework, as the historical record has it: who proposed it, when
 * and where, how far it reached, and how each participant reacted.
 *
 * @param until the end of a proposal made over a span of time (May–October 1993)
 * @param proposedBy the person who made it, when the record names one
 */
public record Proposal(
        long id,
        HistoricalDate date,
        @Nullable HistoricalDate until,
        List<ParticipantCode> proposers,
        @Nullable String proposedBy,
        String venue,
        String title,
        ProposalScope scope,
        String summary,
        @Nullable String outcome,
        List<ProposalReaction> reactions) {

    public Proposal {
        proposers = List.copyOf(proposers);
        reactions = List.copyOf(reactions);
    }

    /** The reactions of one participant, in the order they were given. */
    public List<ProposalReaction> reactionsOf(ParticipantCode participant) {
        return reactions.stream().filter(r -> r.participant().equals(participant)).toList();
    }
}
