package org.trackone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource of the platform: an external PostgreSQL when
 * {@code TRACKONE_DB_URL} is set, otherwise an embedded PostgreSQL 17 whose data
 * directory survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrackoneSettings.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /**
     * Spring destroys beans in reverse order of dependency: the DataSource depends on
     * this holder, so the embedded server stops only after every bean that uses the
     * DataSource (the event publication registry among them) has shut down.
     */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(TrackoneSettings settings) throws IOException {
        if (settings.db().external()) {
            return EmbeddedDatabase.none();
        }
        Path directory = settings.data().resolve("postgres").toAbsolutePath();
        Files.createDirectories(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // Spring closes it, after the beans that use it; a JVM hook of its own would race them.
                .setRegisterShutdownHook(false)
                // The default 10 s is too short on a busy two-core machine.
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "60")
                .start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        return new EmbeddedDatabase(postgres);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(TrackoneSettings settings, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("trackone");
        config.setMaximumPoolSize(20);
        if (settings.db().external()) {
            config.setJdbcUrl(settings.db().url());
            config.setUsername(settings.db().user());
            config.setPassword(settings.db().password());
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    /** The embedded server, or nothing when an external database is used. */
    record EmbeddedDatabase(EmbeddedPostgres postgres) implements AutoCloseable {

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

}
