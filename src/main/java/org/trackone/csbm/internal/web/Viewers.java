package org.trackone.csbm.internal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
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
}
