package org.trackone.csbm;

import java.util.EnumMap;
import java.util.Map;

/**
 * The forces taking part in a military activity, one count per {@link Force}. Counts
 * are whole numbers, never negative.
 */
public record Forces(int troops, int battleTanks, int armouredCombatVehicles, int artillery, int sorties,
        int landingTroops, int ships) {

    public static final Forces NONE = new Forces(0, 0, 0, 0, 0, 0, 0);

    public Forces {
        Quantities.count("forces.troops", troops);
        Quantities.count("forces.battleTanks", battleTanks);
        Quantities.count("forces.armouredCombatVehicles", armouredCombatVehicles);
        Quantities.count("forces.artillery", artillery);
        Quantities.count("forces.sorties", sorties);
        Quantities.count("forces.landingTroops", landingTroops);
        Quantities.count("forces.ships", ships);
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

    /**
     * The forces of two activities taken together (linked activities count as one). A
     * sum beyond {@link Quantities#MAX_COUNT} is kept at that bound: it is far above
     * every threshold either way.
     */
    public Forces plus(Forces other) {
        return new Forces(sum(troops, other.troops), sum(battleTanks, other.battleTanks),
                sum(armouredCombatVehicles, other.armouredCombatVehicles), sum(artillery, other.artillery),
                sum(sorties, other.sorties), sum(landingTroops, other.landingTroops), sum(ships, other.ships));
    }

    private static int sum(int a, int b) {
        return (int) Math.min((long) a + b, Quantities.MAX_COUNT);
    }
}
