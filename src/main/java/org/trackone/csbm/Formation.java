package org.trackone.csbm;

import java.util.EnumMap;
import java.util.Map;

import org.trackone.RuleViolation;

/** A formation or unit in the exchange: where it is, its personnel and its major weapon and equipment. */
public record Formation(String name, FormationLevel level, Point location, int personnel,
        Map<EquipmentType, Integer> equipment) {

    public static final int MAX_NAME = 200;

    public Formation {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new RuleViolation("name", "csbm.ruleSet.name", MAX_NAME);
        }
        if (!name.matches(Texts.PLAIN_TEXT)) {
            throw new RuleViolation("name", "csbm.plainText");
        }
        name = name.strip();
        if (level == null) {
            throw new RuleViolation("level", "csbm.required");
        }
        if (location == null) {
            throw new RuleViolation("location", "csbm.required");
        }
        Quantities.count("personnel", personnel);
        Map<EquipmentType, Integer> counts = new EnumMap<>(EquipmentType.class);
        if (equipment != null) {
            equipment.forEach((type, count) -> {
                counts.put(type, Quantities.count("equipment." + type, count));
            });
        }
        equipment = counts;
    }

    public int count(EquipmentType type) {
        return equipment.getOrDefault(type, 0);
    }
}
