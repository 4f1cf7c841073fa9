package org.trackone.csbm;

import org.jspecify.annotations.Nullable;
import org.trackone.RuleViolation;

/**
 * The rule shared by every yearly submission (exchange, calendar): the first one corrects
 * nothing; any later one is a correction of the latest version, and says so.
 */
final class Corrections {

    private Corrections() {
    }

    /**
     * @param latest the latest version submitted so far, 0 when none
     * @param corrects the version the new submission says it corrects
     * @throws RuleViolation naming {@code corrects}
     */
    static void check(int latest, @Nullable Integer corrects) {
        if (latest == 0 && corrects != null) {
            throw new RuleViolation("corrects", "csbm.exchange.nothingToCorrect");
        }
        if (latest > 0 && corrects == null) {
            throw new RuleViolation("corrects", "csbm.exchange.alreadySubmitted", latest);
        }
        if (latest > 0 && corrects != latest) {
            throw new RuleViolation("corrects", "csbm.exchange.correctsLatest", latest);
        }
    }
}
