package org.trackone.dialogue;

/** In which capacity a person attends a meeting. */
public enum AttendanceCapacity {
    OFFICIAL_DELEGATE, PRIVATE_CAPACITY, EXPERT, OBSERVER, SECRETARIAT
}
