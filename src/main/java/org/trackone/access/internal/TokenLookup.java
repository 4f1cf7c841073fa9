package org.trackone.access.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.trackone.access.Account;

/**
 * Finds the account behind an API token. Lookups are cached for a few seconds so that
 * a busy client does not cost a query per request; a token in use is looked up again
 * in the background while the cached account goes on serving, so its requests never
 * wait for the database. Revoking any token empties the cache once the revocation has
 * committed.
 */
@Component
public class TokenLookup {

    private final AccountRepository accounts;
    private final LoadingCache<String, Optional<Account>> cache;

    TokenLookup(AccountRepository accounts) {
        this.accounts = accounts;
        this.cache = Caffeine.newBuilder()
                // Lookups block on the database: each on a virtual thread of its own, not on the
                // common pool's one or two threads.
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .refreshAfterWrite(Duration.ofSeconds(10))
                .expireAfterWrite(Duration.ofSeconds(30))
                .maximumSize(10_000)
                .build(this::load);
    }

    public Optional<Account> accountFor(String token) {
        return cache.get(TokenDigest.of(token));
    }

    private Optional<Account> load(String digest) {
        Optional<Account> found = accounts.findByTokenDigest(digest);
        found.ifPresent(account -> accounts.touchToken(digest));
        return found;
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
