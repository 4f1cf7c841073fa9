package org.trackone.framework.internal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.trackone.framework.ParticipantCode;
import org.trackone.framework.Proposal;
import org.trackone.framework.ProposalReaction;
import org.trackone.framework.ProposalScope;
import org.trackone.framework.Reaction;

/** A proposal for a framework as the historical record has it, with each participant's reactions. */
@Schema(name = "Proposal", description = "A proposal for a framework: who made it, when and where, and the reactions.")
record ProposalResponse(
        @Schema(example = "1") long id,
        @Schema(description = "When it was made: YYYY, YYYY-MM or YYYY-MM-DD.", example = "1986-07") String date,
        @Schema(description = "End of a proposal made over a span of time.") @Nullable String until,
        @Schema(description = "Codes of the proposing participants.") List<String> proposers,
        @Schema(description = "The person who made it, when the record names one.") @Nullable String proposedBy,
        String venue,
        String title,
        ProposalScope scope,
        String summary,
        @Nullable String outcome,
        List<ReactionResponse> reactions) {

    static ProposalResponse of(Proposal proposal) {
        return new ProposalResponse(proposal.id(), proposal.date().toString(),
                proposal.until() == null ? null : proposal.until().toString(),
                proposal.proposers().stream().map(ParticipantCode::value).toList(), proposal.proposedBy(),
                proposal.venue(), proposal.title(), proposal.scope(), proposal.summary(), proposal.outcome(),
                proposal.reactions().stream().map(ReactionResponse::of).toList());
    }

    /** How one participant reacted; a participant that changed its mind has several. */
    @Schema(name = "ProposalReaction")
    record ReactionResponse(@Schema(example = "CHN") String participant, Reaction reaction, @Nullable String note) {

        static ReactionResponse of(ProposalReaction reaction) {
            return new ReactionResponse(reaction.participant().value(), reaction.reaction(),
                    reaction.note().isEmpty() ? null : reaction.note());
        }
    }
}
