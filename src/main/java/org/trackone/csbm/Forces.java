package org.trackone.csbm;

import java.util.EnumMap;
import java.util.Map;

import org.trackone.RuleViolation;

/**
 * The forces taking part in a military activity, one count per {@link Force}. Counts
 * are whole numbers, never negative.
 */
public record Forces(int troops, int battleTanks, int armouredCombatVehicles, int artillery, int sorties,
        int landingTroops, int ships) {

    public static final Forces NONE = new Forces(0, 0, 0, 0, 0, 0, 0);

    public Forces {
        requireNotNegative("troops", troops);
        requireNotNegative("battleTanks", battleTanks);
        requireNotNegative("armouredCombatVehicles", armouredCombatVehicles);
        requireNotNegative("artillery", artillery);
        requireNotNegative("sorties", sorties);
        requireNotNegative("landingTroops", landingTroops);
        requireNotNegative("ships", ships);
    }

    public static Forces of(Map<Force, Integer> counts) {
        return new Forces(counts.getOrDefault(Force.TROOPS, 0), counts.getOrDefault(Force.BATTLE_TANKS, 0),
                counts.getOrDefault(Force.ARMOURED_COMBAT_VEHICLES, 0), counts.getOrDefault(Force.ARTILLERY, 0),
                counts.getOrDefault(Force.SORTIES, 0), counts.getOrDefault(Force.LANDING_TROOPS, 0),
                counts.getOrDefault(Force.SHIPS, 0));
    }

    public int count(Force force) {
        return switch (force) {
            case TROOPS -> troops;
            case BATTLE_TANKS -> battleTanks;
            case ARMOURED_COMBAT_VEHICLES -> armouredCombatVehicles;
            case ARTILLERY -> artillery;
            case SORTIES -> sorties;
            case LANDING_TROOPS -> landingTroops;
            case SHIPS -> ships;
        };
    }

    public Map<Force, Integer> counts() {
        Map<Force, Integer> counts = new EnumMap<>(Force.class);
        for (Force force : Force.values()) {
            counts.put(force, count(force));
        }
        return counts;
    }

    /** The forces of two activities taken together (linked activities count as one). */
    public Forces plus(Forces other) {
        return new Forces(Math.addExact(troops, other.troops), Math.addExact(battleTanks, other.battleTanks),
                Math.addExact(armouredCombatVehicles, other.armouredCombatVehicles),
                Math.addExact(artillery, other.artillery), Math.addExact(sorties, other.sorties),
                Math.addExact(landingTroops, other.landingTroops), Math.addExact(ships, other.ships));
    }

    private static void requireNotNegative(String field, int count) {
        if (count < 0) {
            throw new RuleViolation("forces." + field, "csbm.count.negative");
        }
    }
}
