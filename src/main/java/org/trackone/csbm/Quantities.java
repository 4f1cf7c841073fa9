package org.trackone.csbm;

import org.jspecify.annotations.Nullable;
import org.trackone.RuleViolation;

/**
 * The bounds of the numbers a state declares. Above them a figure is not a declaration
 * but a typing error, and sums of such figures (linked activities, budget totals) would
 * no longer fit their type.
 */
final class Quantities {

    /** Troops, vehicles, sorties, personnel of a formation: ten million is beyond any. */
    static final int MAX_COUNT = 10_000_000;

    /** Money in the exchange's currency units: 10^15 is beyond any defence budget. */
    static final long MAX_AMOUNT = 1_000_000_000_000_000L;

    private Quantities() {
    }

    static int count(String field, @Nullable Integer count) {
        if (count == null || count < 0) {
            throw new RuleViolation(field, "csbm.count.negative");
        }
        if (count > MAX_COUNT) {
            throw new RuleViolation(field, "csbm.count.tooLarge", MAX_COUNT);
        }
        return count;
    }

    static long amount(String field, @Nullable Long amount) {
        if (amount == null || amount < 0) {
            throw new RuleViolation(field, "csbm.count.negative");
        }
        if (amount > MAX_AMOUNT) {
            throw new RuleViolation(field, "csbm.amount.tooLarge", MAX_AMOUNT);
        }
        return amount;
    }
}
