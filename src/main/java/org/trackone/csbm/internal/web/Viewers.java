package org.trackone.csbm.internal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.trackone.access.Accounts;
import org.trackone.access.Role;

/** Who is looking at a page of the regime, as far as the pages show more or less. */
final class Viewers {

    private Viewers() {
    }

    static boolean secretariat(@Nullable Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> Role.SECRETARIAT.authority().equals(a.getAuthority()));
    }

    /** The state a signed-in account acts for; null for an account of no state. */
    static @Nullable String state(Accounts accounts, Authentication authentication) {
        return accounts.find(authentication.getName()).map(a -> a.participant()).orElse(null);
    }
}
