package org.trackone;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's own settings, bound from {@code trackone.*} (each comes from a
 * {@code TRACKONE_*} environment variable, see {@code ./trackone --help}).
 *
 * @param data where the embedded database keeps its files
 * @param db an external PostgreSQL server; when its URL is blank the platform runs the
 *     embedded one in demo mode
 * @param address the address to listen on when an external database is used; demo mode
 *     always listens on 127.0.0.1 only
 * @param signIn how many failed sign-in attempts are allowed before throttling
 * @param events how long completed event publications are kept
 */
@ConfigurationProperties("trackone")
public record TrackoneSettings(Path data, Database db, String address, SignIn signIn, Events events) {

    public record Database(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record SignIn(int failuresPerAccount, int failuresPerAddress, Duration window) {
    }

    /**
     * @param keepCompleted how long a publication whose listeners all completed stays in
     *     the registry (for looking into what the system did) before it is deleted
     */
    public record Events(Duration keepCompleted) {
    }

    /** Demo mode: the embedded database, demonstration data and demo accounts. */
    public boolean demo() {
        return !db.external();
    }
}
