package org.trackone.access;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An API token as its owner sees it: the secret itself is shown only once, when it is
 * created, and stored only as a digest.
 *
 * @param prefix the first characters of the token, so its owner can tell tokens apart
 */
public record ApiToken(long id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
