package org.trackone.csbm;

import org.trackone.RuleViolation;

/** A point on the earth in decimal degrees (WGS 84). */
public record Point(double latitude, double longitude) {

    public Point {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new RuleViolation("latitude", "csbm.point.latitude");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new RuleViolation("longitude", "csbm.point.longitude");
        }
    }
}
