package org.trackone.csbm;

/** Where a hazardous incident took place. */
public enum IncidentEnvironment {
    AT_SEA, IN_THE_AIR
}
