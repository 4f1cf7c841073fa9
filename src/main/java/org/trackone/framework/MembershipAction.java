package org.trackone.framework;

import java.util.EnumSet;
import java.util.Set;

import static org.trackone.framework.MembershipStatus.DECLINED;
import static org.trackone.framework.MembershipStatus.INVITED;
import static org.trackone.framework.MembershipStatus.MEMBER;
import static org.trackone.framework.MembershipStatus.OBSERVER;
import static org.trackone.framework.MembershipStatus.SUSPENDED;
import static org.trackone.framework.MembershipStatus.WITHDRAWN;

/**
 * A change to a membership and the statuses it may follow. Membership is flexible: a
 * body may start without a state that declines, which joins later; a member may
 * suspend or withdraw, and a withdrawn member takes part again only once it rejoins.
 */
public enum MembershipAction {
    INVITE(INVITED, true, EnumSet.of(DECLINED, WITHDRAWN)),
    JOIN(MEMBER, true, EnumSet.of(INVITED, OBSERVER, DECLINED, SUSPENDED, WITHDRAWN)),
    OBSERVE(OBSERVER, true, EnumSet.of(INVITED, DECLINED, WITHDRAWN)),
    DECLINE(DECLINED, false, EnumSet.of(INVITED)),
    SUSPEND(SUSPENDED, false, EnumSet.of(MEMBER)),
    WITHDRAW(WITHDRAWN, false, EnumSet.of(MEMBER, SUSPENDED, OBSERVER));

    private final MembershipStatus result;
    private final boolean allowedFirst;
    private final Set<MembershipStatus> allowedAfter;

    MembershipAction(MembershipStatus result, boolean allowedFirst, Set<MembershipStatus> allowedAfter) {
        this.result = result;
        this.allowedFirst = allowedFirst;
        this.allowedAfter = allowedAfter;
    }

    /** The status a membership has after this change. */
    public MembershipStatus result() {
        return result;
    }

    /** Whether this change may follow the given status (null: no membership yet). */
    public boolean allowedAfter(MembershipStatus current) {
        return current == null ? allowedFirst : allowedAfter.contains(current);
    }
}
