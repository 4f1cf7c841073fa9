package org.trackone.framework.internal.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.trackone.framework.Reader;

/**
 * Who is looking at a page, as the framework's pages care: the secretariat (who also
 * sees forms and revisions), an insider (who reads notes of bodies whose records are
 * not public), or the public. The authority names are those of the access module's roles.
 */
final class Viewer {

    static final String SECRETARIAT = "ROLE_SECRETARIAT";
    private static final Set<String> INSIDERS = Set.of(SECRETARIAT, "ROLE_DELEGATE", "ROLE_EXPERT");

    private Viewer() {
    }

    static Reader reader(@Nullable Authentication authentication) {
        return signedIn(authentication) && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(INSIDERS::contains) ? Reader.INSIDER : Reader.PUBLIC;
    }

    static boolean secretariat(@Nullable Authentication authentication) {
        return signedIn(authentication) && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(SECRETARIAT::equals);
    }

    private static boolean signedIn(@Nullable Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
