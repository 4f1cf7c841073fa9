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
 */
@ConfigurationProperties("trackone")
public record TrackoneSettings(Path data, Database db, String address, SignIn signIn) {

    public record Database(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record SignIn(int failuresPerAccount, int failuresPerAddress, Duration window) {
    }

    /** Demo mode: the embedded database, demonstration data and demo accounts. */
    public boolean demo() {
        return !db.external();
    }
}
