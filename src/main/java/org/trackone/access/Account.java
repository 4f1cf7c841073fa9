package org.trackone.access;

import org.jspecify.annotations.Nullable;

/**
 * An account as others may see it (never its password).
 *
 * @param participant the participant a delegate acts for; null for other roles
 * @param ministry the ministry a delegate speaks for; null for other roles
 * @param demo whether this is one of the demo accounts named on the sign-in page
 */
public record Account(long id, String username, String displayName, Role role, @Nullable String participant,
        @Nullable Ministry ministry, boolean demo) {
}
