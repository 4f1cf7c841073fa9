package org.trackone.access.internal;

import java.io.IOException;
import java.time.Duration;

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
 * Throttles password guessing: every failed sign-in takes a token from a bucket for
 * the account name and one for the client address; while either bucket is empty,
 * sign-in attempts are refused without checking the password.
 */
public class SignInThrottle extends OncePerRequestFilter {

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
        if (exhausted(accountBucket(request.getParameter("username"))) || exhausted(addressBucket(request))) {
            response.sendRedirect(request.getContextPath() + "/sign-in?throttled");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Called by the failure handler: one more failed attempt for this name and address. */
    public void failed(HttpServletRequest request) {
        accountBucket(request.getParameter("username")).tryConsume(1);
        addressBucket(request).tryConsume(1);
    }

    private Bucket accountBucket(String username) {
        return bucket("account:" + (username == null ? "" : username.strip().toLowerCase()), limits.failuresPerAccount());
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

    private static boolean exhausted(Bucket bucket) {
        return bucket.getAvailableTokens() < 1;
    }
}
