package org.trackone.framework;

/** The reach of a proposal: confined to the peninsula, Northeast Asia as a region, or Asia as a whole. */
public enum ProposalScope {
    PENINSULA, REGIONAL, ASIA
}
