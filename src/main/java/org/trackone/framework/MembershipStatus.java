package org.trackone.framework;

/** Where a participant stands in a body after the latest change of its membership. */
public enum MembershipStatus {
    INVITED, MEMBER, OBSERVER, DECLINED, SUSPENDED, WITHDRAWN;

    /** Whether the participant takes part in the body's work: a member or an observer. */
    public boolean takesPart() {
        return this == MEMBER || this == OBSERVER;
    }
}
