package org.trackone.framework;

/** The reach of a proposal: confined to the peninsula, the surrounding region, or Asia as a whole. */
public enum ProposalScope {
    PENINSULA, REGIONAL, ASIA
}
