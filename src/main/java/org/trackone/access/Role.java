package org.trackone.access;

/**
 * What an account may do. The secretariat runs the framework; a delegate acts for one
 * participant through one ministry; experts take part in track-two work; observers
 * read what the members publish. Anonymous visitors have no role and see what is public.
 */
public enum Role {
    SECRETARIAT, DELEGATE, EXPERT, OBSERVER;

    /** The Spring Security authority, as used in {@code hasRole('SECRETARIAT')}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
