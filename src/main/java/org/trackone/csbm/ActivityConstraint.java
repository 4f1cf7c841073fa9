package org.trackone.csbm;

/**
 * A constraint on military activities: a state may carry out at most
 * {@code maxActivities} activities with more than {@code troopsAbove} troops within any
 * {@code calendarYears} consecutive calendar years.
 */
public record ActivityConstraint(int troopsAbove, int maxActivities, int calendarYears) {

    /** Whether an activity of so many troops counts against this constraint. */
    public boolean counts(Forces forces) {
        return forces.troops() > troopsAbove;
    }
}
