package org.trackone.csbm;

import java.util.List;

import org.trackone.RuleViolation;

/**
 * What a state exchanges each year: its military expenditure, its forces (formations and
 * units down to brigade or regiment and air wing) and its defence planning.
 */
public record MilitaryInformation(MilitaryExpenditure budget, List<Formation> forces, DefencePlanning planning) {

    public static final int MAX_FORMATIONS = 2000;

    public MilitaryInformation {
        if (budget == null) {
            throw new RuleViolation("budget", "csbm.required");
        }
        if (planning == null) {
            throw new RuleViolation("planning", "csbm.required");
        }
        if (forces == null) {
            forces = List.of();
        }
        if (forces.size() > MAX_FORMATIONS) {
            throw new RuleViolation("forces", "csbm.exchange.tooManyFormations", MAX_FORMATIONS);
        }
        for (int i = 0; i < forces.size(); i++) {
            if (forces.get(i) == null) {
                throw new RuleViolation("forces[" + i + "]", "csbm.required");
            }
        }
        forces = List.copyOf(forces);
    }

    public long personnel() {
        return forces.stream().mapToLong(Formation::personnel).sum();
    }

    public long count(EquipmentType type) {
        return forces.stream().mapToLong(f -> f.count(type)).sum();
    }
}
