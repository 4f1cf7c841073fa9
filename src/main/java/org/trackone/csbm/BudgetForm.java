package org.trackone.csbm;

/**
 * How a state reports its military expenditure: the full matrix (category by force),
 * the simplified form (a total per category), or a nil report (no military expenditure).
 */
public enum BudgetForm {
    STANDARD, SIMPLIFIED, NIL
}
