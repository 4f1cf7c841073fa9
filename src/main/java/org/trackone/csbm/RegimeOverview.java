package org.trackone.csbm;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.access.Account;
import org.trackone.access.Accounts;
import org.trackone.access.Role;
import org.trackone.framework.Body;
import org.trackone.framework.FrameworkDirectory;

/**
 * The bodies with a regime, as each reader finds them: with what the reader may read of
 * each. A body's record rule decides what leaves the circle of its states.
 */
@Service
public class RegimeOverview {

    /**
     * A body with a regime and what the reader may read of it.
     *
     * @param submissions whether the reader reads what its states submitted (notifications, exchanges,
     *     calendars, compliance and the annual report): the secretariat and the participating states, and
     *     everyone when the body's record rule is public
     * @param riskReduction whether the reader reads its risk reduction, incident reports and hotline: the
     *     secretariat and the participating states only
     */
    public record Entry(Body body, boolean submissions, boolean riskReduction) {
    }

    private final Regimes regimes;
    private final PriorNotifications notifications;
    private final FrameworkDirectory framework;
    private final Accounts accounts;

    RegimeOverview(Regimes regimes, PriorNotifications notifications, FrameworkDirectory framework,
            Accounts accounts) {
        this.regimes = regimes;
        this.notifications = notifications;
        this.framework = framework;
        this.accounts = accounts;
    }

    /**
     * The bodies the reader finds: for a visitor who has not signed in (username null) and
     * for an observer, those whose submissions they read, which are those whose record rule
     * is public; for any other account, every body with a regime, whose rules every account
     * reads.
     */
    @Transactional(readOnly = true)
    public List<Entry> readableBy(@Nullable String username) {
        @Nullable Account account = username == null ? null : accounts.find(username).orElse(null);
        boolean outsider = account == null || account.role() == Role.OBSERVER;
        return regimes.bodiesWithRegime().stream()
                .map(code -> new Entry(framework.body(code), notifications.mayReadSubmitted(code, username),
                        account != null && notifications.mayRead(code, account.username())))
                .filter(entry -> !outsider || entry.submissions())
                .toList();
    }
}
