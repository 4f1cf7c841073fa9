package org.trackone.access.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trackone.access.Account;

/**
 * Signs in API clients that present {@code Authorization: Bearer <token>}. A token
 * that is unknown or revoked gets 401 at once; it never falls back to anonymous.
 */
public class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TokenLookup tokens;
    private final AuthenticationEntryPoint entryPoint;

    public ApiTokenFilter(TokenLookup tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    /**
     * Tokens open the API only: pages, and the account page where tokens are issued and
     * revoked, need a signed-in person, so a leaked token cannot mint its successor.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SecurityConfiguration.API.matches(request);
    }

    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader("Authorization").substring(BEARER.length()).strip();
        Optional<Account> account = tokens.accountFor(token);
        if (account.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid API token"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                new SignedInAccount(account.get(), ""), null, SignedInAccount.authoritiesOf(account.get()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
