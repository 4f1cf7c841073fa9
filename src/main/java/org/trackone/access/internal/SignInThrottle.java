package org.trackone.access.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trackone.TrackoneSettings;

/**
 * Throttles password guessing. Every sign-in attempt takes a token from a bucket for
 * the client address and one for the account name before the password is checked, so
 * parallel attempts cannot slip past; a successful sign-in gives them back. While
 * either bucket is empty, attempts are refused without checking the password. Names
 * longer than any account name are refused before a bucket is made for them.
 */
public class SignInThrottle extends OncePerRequestFilter {

    /** Account names are at most 64 characters (see NewAccount). */
    private static final int MAX_USERNAME = 64;

    private final TrackoneSettings.SignIn limits;
    private final Cache<String, Bucket> buckets;

    public SignInThrottle(TrackoneSettings.SignIn limits) {
        this.limits = limits;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(limits.window()).maximumSize(100_000).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/sign-in"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (username == null || username.length() > MAX_USERNAME) {
            response.sendRedirect(request.getContextPath() + "/sign-in?error");
            return;
        }
        if (!addressBucket(request).tryConsume(1) || !accountBucket(username).tryConsume(1)) {
            response.sendRedirect(request.getContextPath() + "/sign-in?throttled");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Called on a successful sign-in: the attempt does not count against the limits. */
    public void succeeded(HttpServletRequest request) {
        addressBucket(request).addTokens(1);
        accountBucket(request.getParameter("username")).addTokens(1);
    }

    private Bucket accountBucket(String username) {
        return bucket("account:" + username.strip().toLowerCase(Locale.ROOT), limits.failuresPerAccount());
    }

    private Bucket addressBucket(HttpServletRequest request) {
        return bucket("address:" + request.getRemoteAddr(), limits.failuresPerAddress());
    }

    private Bucket bucket(String key, int capacity) {
        Duration window = limits.window();
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .build());
    }

}
