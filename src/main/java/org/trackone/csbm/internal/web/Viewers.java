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
        return hasRole(authentication, Role.SECRETARIAT);
    }

    static boolean delegate(@Nullable Authentication authentication) {
        return hasRole(authentication, Role.DELEGATE);
    }

    private static boolean hasRole(@Nullable Authentication authentication, Role role) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /** The signed-in account's name; null for a visitor who has not signed in. */
    static @Nullable String name(@Nullable Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? null : authentication.getName();
    }

    /** The state a signed-in account acts for; null for an account of no state and for a visitor. */
    static @Nullable String stateOf(Accounts accounts, @Nullable String name) {
        return name == null ? null : accounts.find(name).map(a -> a.participant()).orElse(null);
    }

    /** The state a signed-in account acts for; null for an account of no state. */
    static @Nullable String state(Accounts accounts, Authentication authentication) {
        return accounts.find(authentication.getName()).map(a -> a.participant()).orElse(null);
    }
}
