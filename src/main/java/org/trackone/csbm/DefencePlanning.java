package org.trackone.csbm;

import java.util.List;

import org.trackone.RuleViolation;

/** A state's defence planning: its policy in its own words, and the budget it plans for the coming years. */
public record DefencePlanning(String policy, List<PlannedBudget> plannedBudgets) {

    public static final int MAX_POLICY = 20_000;

    public DefencePlanning {
        policy = Texts.text("policy", policy, MAX_POLICY);
        if (plannedBudgets == null) {
            plannedBudgets = List.of();
        }
        for (int i = 0; i < plannedBudgets.size(); i++) {
            PlannedBudget planned = plannedBudgets.get(i);
            if (planned == null) {
                throw new RuleViolation("plannedBudgets[" + i + "]", "csbm.required");
            }
            Quantities.amount("plannedBudgets[" + i + "].amount", planned.amount());
        }
        plannedBudgets = List.copyOf(plannedBudgets);
    }

    /** The defence budget planned for a year, in the currency of the exchange. */
    public record PlannedBudget(int year, long amount) {
    }
}
