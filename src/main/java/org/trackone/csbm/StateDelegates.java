package org.trackone.csbm;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.trackone.access.Account;
import org.trackone.access.Accounts;
import org.trackone.access.Role;

/**
 * Who acts and reads in risk reduction: a delegate of either ministry acts for its own
 * state when that state takes part in the body; the secretariat and the participating
 * states' delegates read.
 */
@Component
class StateDelegates {

    private final Accounts accounts;
    private final PriorNotifications notifications;

    StateDelegates(Accounts accounts, PriorNotifications notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    /**
     * The state the account acts for in the body.
     *
     * @throws AccessDeniedException unless it is a delegate of a participating state
     */
    String state(String bodyCode, String username) {
        Account account = accounts.find(username).orElseThrow(() -> new AccessDeniedException("No such account."));
        if (account.role() != Role.DELEGATE || account.participant() == null
                || !notifications.participatingStates(bodyCode).contains(account.participant())) {
            throw new AccessDeniedException("Only a delegate of a participating state acts in risk reduction.");
        }
        return account.participant();
    }

    /** @throws AccessDeniedException unless the account is the secretariat or a participating state's delegate */
    void requireReader(String bodyCode, String username) {
        if (!notifications.mayRead(bodyCode, username)) {
            throw new AccessDeniedException("Only the secretariat and the participating states read risk reduction.");
        }
    }

    /**
     * The state whose bilateral items (incident reports, hotline messages) the reader sees,
     * or null for the secretariat, which sees all of them.
     *
     * @throws AccessDeniedException unless the account is the secretariat or a participating state's delegate
     */
    @Nullable String bilateralReader(String bodyCode, String username) {
        Account account = accounts.find(username).orElseThrow(() -> new AccessDeniedException("No such account."));
        if (account.role() == Role.SECRETARIAT) {
            return null;
        }
        if (account.role() != Role.DELEGATE || account.participant() == null
                || !notifications.participatingStates(bodyCode).contains(account.participant())) {
            throw new AccessDeniedException("Only the secretariat and the participating states read risk reduction.");
        }
        return account.participant();
    }

    /** Whether a reader from {@link #bilateralReader} may read an item between these two states. */
    static boolean readsBilateral(@Nullable String readerState, String oneState, String otherState) {
        return readerState == null || readerState.equals(oneState) || readerState.equals(otherState);
    }

    boolean mayRead(String bodyCode, String username) {
        return notifications.mayRead(bodyCode, username);
    }

    boolean mayReadSubmitted(String bodyCode, @Nullable String username) {
        return notifications.mayReadSubmitted(bodyCode, username);
    }

    java.util.List<String> participatingStates(String bodyCode) {
        return notifications.participatingStates(bodyCode);
    }

    java.util.Map<String, org.trackone.framework.Membership> stateMemberships(String bodyCode) {
        return notifications.stateMemberships(bodyCode);
    }

    /** @throws RuleViolation naming the field unless the state takes part in the body */
    void requireParticipating(String bodyCode, String field, String state) {
        if (!notifications.participatingStates(bodyCode).contains(state)) {
            throw new org.trackone.RuleViolation(field, "csbm.notification.notParticipating", bodyCode);
        }
    }
}
