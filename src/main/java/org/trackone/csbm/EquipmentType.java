package org.trackone.csbm;

/** The major weapon and equipment systems counted in the exchange of military information. */
public enum EquipmentType {
    BATTLE_TANKS, ARMOURED_COMBAT_VEHICLES, ARTILLERY, COMBAT_AIRCRAFT, COMBAT_HELICOPTERS, MAJOR_WARSHIPS
}
