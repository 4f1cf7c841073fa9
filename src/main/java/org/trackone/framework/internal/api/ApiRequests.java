package org.trackone.framework.internal.api;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.util.UriComponentsBuilder;
import org.trackone.framework.Reader;

/** What every resource of the framework API does the same way. */
final class ApiRequests {

    static final String BASE = "/api/v1";
    static final String DEFAULT_PAGE = "0";
    static final String DEFAULT_SIZE = "50";

    /** Roles whose holders read the notes on memberships of bodies whose records are not public. */
    private static final Set<String> INSIDER_ROLES = Set.of("ROLE_SECRETARIAT", "ROLE_DELEGATE", "ROLE_EXPERT");

    private ApiRequests() {
    }

    static Reader reader(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Reader.PUBLIC;
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(INSIDER_ROLES::contains) ? Reader.INSIDER : Reader.PUBLIC;
    }

    /** The address of a resource, for {@code Location}: codes are letters, digits and hyphens only. */
    static URI location(String template, Object... variables) {
        return UriComponentsBuilder.fromPath(BASE + template).buildAndExpand(variables).encode().toUri();
    }

    /**
     * A code is fixed once created: the body of a PUT names the same code as its path.
     *
     * @throws BindException answered as 422 naming {@code code}
     */
    static void requireSameCode(String pathCode, @Nullable String bodyCode, String objectName) throws BindException {
        if (!Objects.equals(pathCode, bodyCode)) {
            MapBindingResult result = new MapBindingResult(new java.util.HashMap<>(), objectName);
            result.addError(new FieldError(objectName, "code", bodyCode, false, new String[] {"code.fixed"}, null,
                    "must be " + pathCode + ", the code in the address: a code cannot be changed"));
            throw new BindException(result);
        }
    }
}
