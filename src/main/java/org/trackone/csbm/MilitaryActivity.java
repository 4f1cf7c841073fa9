package org.trackone.csbm;

import java.time.LocalDate;
import java.util.List;

import org.trackone.RuleViolation;

/**
 * A military activity as a state notifies it: what kind, from when to when, where (the
 * points of its area, or a polygon given by its corners in order) and with what forces.
 */
public record MilitaryActivity(ActivityType type, LocalDate startsOn, LocalDate endsOn, List<Point> area,
        Forces forces) {

    public static final int MAX_POINTS = 200;

    public MilitaryActivity {
        area = List.copyOf(area);
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolation("endsOn", "csbm.activity.endBeforeStart");
        }
        if (area.isEmpty()) {
            throw new RuleViolation("area", "csbm.activity.noArea");
        }
        if (area.size() > MAX_POINTS) {
            throw new RuleViolation("area", "csbm.activity.tooManyPoints", MAX_POINTS);
        }
    }
}
