package org.trackone.framework;

/** How a body decides. Consensus: adopted when no member objects. None: the body takes no decisions. */
public enum DecisionRule {
    CONSENSUS, NONE
}
