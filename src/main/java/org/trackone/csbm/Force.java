package org.trackone.csbm;

/** What a military activity is counted in, each against its own threshold. */
public enum Force {
    TROOPS,
    BATTLE_TANKS,
    ARMOURED_COMBAT_VEHICLES,
    /** Artillery pieces of 100 mm calibre and above. */
    ARTILLERY,
    /** Sorties by fixed-wing aircraft. */
    SORTIES,
    /** Troops in an amphibious, airborne or heliborne landing. */
    LANDING_TROOPS,
    SHIPS
}
