package org.trackone.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trackone.TrackoneSettings;
import org.trackone.access.Accounts;
import org.trackone.access.Ministry;
import org.trackone.access.NewAccount;
import org.trackone.access.Role;
import org.trackone.framework.FrameworkDemonstration;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Participant;
import org.trackone.framework.ParticipantKind;

/**
 * In demo mode only (embedded database, loopback only): one account for each role and
 * one for each ministry of each state, all with the password {@value #PASSWORD}, named
 * on the sign-in page. With an external database there are none.
 */
@Component
class DemoAccounts implements SmartInitializingSingleton {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final TrackoneSettings settings;
    private final Accounts accounts;
    private final FrameworkDemonstration demonstration;
    private final FrameworkDirectory framework;
    private final TransactionTemplate transactions;

    DemoAccounts(TrackoneSettings settings, Accounts accounts, FrameworkDemonstration demonstration,
            FrameworkDirectory framework, TransactionTemplate transactions) {
        this.settings = settings;
        this.accounts = accounts;
        this.demonstration = demonstration;
        this.framework = framework;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!settings.demo()) {
            return;
        }
        demonstration.ensureLoaded();
        List<NewAccount> missing = wanted().stream().filter(a -> accounts.find(a.username()).isEmpty()).toList();
        transactions.executeWithoutResult(status -> missing.forEach(accounts::openDemo));
        if (!missing.isEmpty()) {
            log.info("Opened {} demo accounts (password '{}')", missing.size(), PASSWORD);
        }
    }

    private List<NewAccount> wanted() {
        List<NewAccount> wanted = new ArrayList<>();
        wanted.add(account("secretariat", "Secretariat", Role.SECRETARIAT, null, null));
        wanted.add(account("expert", "Expert", Role.EXPERT, null, null));
        wanted.add(account("observer", "Observer", Role.OBSERVER, null, null));
        for (Participant state : framework.participants()) {
            if (state.kind() != ParticipantKind.STATE) {
                continue;
            }
            String code = state.code().value();
            String prefix = code.toLowerCase(Locale.ROOT);
            wanted.add(account(prefix + "-foreign", state.shortName() + ", foreign affairs", Role.DELEGATE, code,
                    Ministry.FOREIGN_AFFAIRS));
            wanted.add(account(prefix + "-defence", state.shortName() + ", defence", Role.DELEGATE, code,
                    Ministry.DEFENCE));
        }
        return wanted;
    }

    private static NewAccount account(String username, String name, Role role, String participant, Ministry ministry) {
        return new NewAccount(username, name, PASSWORD, role, participant, ministry);
    }
}
