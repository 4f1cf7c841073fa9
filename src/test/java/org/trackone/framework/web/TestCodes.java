package org.trackone.framework.web;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Codes for what the page tests create. All integration tests share one database, so
 * each code is new: a prefix, this JVM's start in base 36, and a counter.
 */
final class TestCodes {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestCodes() {
    }

    static String next(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }
}
