package org.trackone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trackone.access.Accounts;
import org.trackone.access.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With TRACKONE_DB_URL the platform uses that PostgreSQL server (here a separately
 * started one), applies the same migrations, and opens no demo accounts and loads no
 * demonstration data; the first secretariat account comes from the admin command.
 */
class ExternalDatabaseTest {

    private static EmbeddedPostgres server;
    private static Path data;

    @BeforeAll
    static void startServer() throws Exception {
        data = Files.createTempDirectory("trackone-external");
        server = EmbeddedPostgres.builder().setDataDirectory(data.resolve("pg")).setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    /** Runs the application with these settings as command-line arguments, which outrank application.yml. */
    private static ConfigurableApplicationContext run(WebApplicationType type, String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--trackone.db.url=" + server.getJdbcUrl("postgres", "postgres"), "--trackone.db.user=postgres",
                "--trackone.data=" + data.resolve("unused"), "--server.port=0", "--logging.level.org.trackone=warn"));
        return new SpringApplicationBuilder(TrackoneApplication.class).web(type).run(all.toArray(String[]::new));
    }

    @Test
    void runsOnTheExternalServerWithoutDemoAccountsOrData() {
        try (ConfigurableApplicationContext context = run(WebApplicationType.SERVLET)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                    .isGreaterThanOrEqualTo(3);
            assertThat(jdbc.sql("select count(*) from framework_participant").query(Long.class).single()).isZero();
            assertThat(context.getBean(Accounts.class).demoAccounts()).isEmpty();
            assertThat(Files.exists(data.resolve("unused"))).isFalse();
        }
    }

    @Test
    void theAdminCommandOpensTheFirstSecretariatAccount() {
        run(WebApplicationType.NONE, "admin", "create-user", "--username=first-secretariat", "--role=secretariat",
                "--display-name=First secretariat", "--trackone.admin-command=true",
                "--trackone.new-password=a-long-enough-secret").close();
        try (ConfigurableApplicationContext context = run(WebApplicationType.NONE)) {
            var account = context.getBean(Accounts.class).find("first-secretariat").orElseThrow();
            assertThat(account.role()).isEqualTo(Role.SECRETARIAT);
            assertThat(account.demo()).isFalse();
        }
        assertThatThrownBy(() -> run(WebApplicationType.NONE, "admin", "create-user", "--username=weak",
                "--role=expert", "--trackone.admin-command=true", "--trackone.new-password=short"))
                .hasMessage("password: size must be between 12 and 200");
    }
}
