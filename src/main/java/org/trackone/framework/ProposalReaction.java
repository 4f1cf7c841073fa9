package org.trackone.framework;

/** How one participant reacted to a proposal; a participant that changed its mind has several. */
public record ProposalReaction(ParticipantCode participant, Reaction reaction, String note) {
}
