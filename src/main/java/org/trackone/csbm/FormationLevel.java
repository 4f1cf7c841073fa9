package org.trackone.csbm;

/** The levels of command reported in the exchange, down to brigade or regiment and air wing. */
public enum FormationLevel {
    ARMY, CORPS, DIVISION, BRIGADE, REGIMENT, AIR_WING, FLEET
}
