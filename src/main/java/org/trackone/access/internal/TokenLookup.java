package org.trackone.access.internal;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.trackone.access.Account;

/**
 * Finds the account behind an API token. Lookups are cached for a few seconds so that
 * a busy client does not cost a query per request; revoking any token empties the
 * cache once the revocation has committed.
 */
@Component
public class TokenLookup {

    private final AccountRepository accounts;
    private final Cache<String, Optional<Account>> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30)).maximumSize(10_000).build();

    TokenLookup(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<Account> accountFor(String token) {
        return cache.get(TokenDigest.of(token), digest -> {
            Optional<Account> found = accounts.findByTokenDigest(digest);
            found.ifPresent(account -> accounts.touchToken(digest));
            return found;
        });
    }

    /** Forgets every cached lookup, after the current transaction commits (or now, outside one). */
    public void forgetAllAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.invalidateAll();
                }
            });
        } else {
            cache.invalidateAll();
        }
    }
}
