package org.trackone.csbm;

import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.trackone.RuleViolation;

/**
 * A state's military expenditure for a year as the United Nations report asks for it:
 * the matrix of categories by force, or the simplified form of a total per category, or
 * a nil report. Amounts are whole units of the recorded currency, never negative.
 *
 * @param matrix the standard form: amount by category and force (absent cells count zero)
 * @param simplified the simplified form: amount by category
 */
public record MilitaryExpenditure(BudgetForm form, @Nullable String currency,
        @Nullable Map<ExpenditureCategory, Map<ArmedService, Long>> matrix,
        @Nullable Map<ExpenditureCategory, Long> simplified) {

    public MilitaryExpenditure {
        if (form == null) {
            throw new RuleViolation("form", "csbm.required");
        }
        if (form != BudgetForm.NIL) {
            if (currency == null || currency.isBlank()) {
                throw new RuleViolation("currency", "csbm.required");
            }
            try {
                currency = Currency.getInstance(currency.strip()).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("currency", "csbm.exchange.currency");
            }
        }
        switch (form) {
            case STANDARD -> {
                if (matrix == null || matrix.isEmpty()) {
                    throw new RuleViolation("matrix", "csbm.required");
                }
                if (simplified != null && !simplified.isEmpty()) {
                    throw new RuleViolation("simplified", "csbm.exchange.onlyOneForm");
                }
                Map<ExpenditureCategory, Map<ArmedService, Long>> copy = new EnumMap<>(ExpenditureCategory.class);
                matrix.forEach((category, row) -> {
                    if (row == null) {
                        throw new RuleViolation("matrix." + category, "csbm.required");
                    }
                    row.forEach((service, amount) -> Quantities.amount("matrix." + category + "." + service, amount));
                    Map<ArmedService, Long> cells = new EnumMap<>(ArmedService.class);
                    cells.putAll(row);
                    copy.put(category, cells);
                });
                matrix = copy;
                simplified = null;
            }
            case SIMPLIFIED -> {
                if (simplified == null || simplified.isEmpty()) {
                    throw new RuleViolation("simplified", "csbm.required");
                }
                if (matrix != null && !matrix.isEmpty()) {
                    throw new RuleViolation("matrix", "csbm.exchange.onlyOneForm");
                }
                simplified.forEach((category, amount) -> Quantities.amount("simplified." + category, amount));
                Map<ExpenditureCategory, Long> copy = new EnumMap<>(ExpenditureCategory.class);
                copy.putAll(simplified);
                simplified = copy;
                matrix = null;
            }
            case NIL -> {
                if ((matrix != null && !matrix.isEmpty()) || (simplified != null && !simplified.isEmpty())) {
                    throw new RuleViolation("form", "csbm.exchange.nilWithAmounts");
                }
                matrix = null;
                simplified = null;
                currency = null;
            }
        }
    }

    /** The total of one category, whichever form. */
    public long total(ExpenditureCategory category) {
        if (matrix != null) {
            return matrix.getOrDefault(category, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }
        return simplified == null ? 0 : simplified.getOrDefault(category, 0L);
    }

    /** The total of one force; the simplified form and the nil report have none. */
    public long total(ArmedService service) {
        if (matrix == null) {
            return 0;
        }
        return matrix.values().stream().mapToLong(row -> row.getOrDefault(service, 0L)).sum();
    }

    public long amount(ExpenditureCategory category, ArmedService service) {
        return matrix == null ? 0 : matrix.getOrDefault(category, Map.of()).getOrDefault(service, 0L);
    }

    public long total() {
        long total = 0;
        for (ExpenditureCategory category : ExpenditureCategory.values()) {
            total = Math.addExact(total, total(category));
        }
        return total;
    }
}
