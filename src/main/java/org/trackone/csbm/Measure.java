package org.trackone.csbm;

/**
 * A confidence- and security-building measure a regime may put in force, with the
 * stage of the step-by-step approach it belongs to: transparency first (stage 1), then
 * prior notification and observation (stage 2), then constraints (stage 3). Risk
 * reduction runs alongside from the first stage.
 */
public enum Measure {
    ANNUAL_EXCHANGE(1),
    RISK_REDUCTION(1),
    PRIOR_NOTIFICATION(2),
    OBSERVATION(2),
    ANNUAL_CALENDAR(2),
    CONSTRAINTS(3);

    private final int stage;

    Measure(int stage) {
        this.stage = stage;
    }

    public int stage() {
        return stage;
    }
}
