package org.trackone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database of an earlier release upgrades: each module numbers its own migrations, so a
 * module's new migration may sort below another module's migration that is already
 * applied. Here a database gets every migration except the newest of each module, then
 * the application starts on it as an operator would run it and applies the rest.
 */
class MigrationUpgradeTest {

    @Test
    void aDatabaseWithoutEachModulesNewestMigrationUpgradesWhenTheApplicationStarts() throws Exception {
        Path work = Files.createTempDirectory("trackone-upgrade");
        List<Resource> all = List.of(new PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/migration/*/V*.sql"));
        List<Resource> earlier = withoutNewestOfEachModule(all);
        assertThat(earlier).hasSizeLessThan(all.size());
        Path before = work.resolve("before");
        Files.createDirectories(before);
        for (Resource migration : earlier) {
            try (InputStream in = migration.getInputStream()) {
                Files.copy(in, before.resolve(migration.getFilename()));
            }
        }
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true).start()) {
            Flyway.configure().dataSource(server.getPostgresDatabase()).locations("filesystem:" + before).load()
                    .migrate();
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackoneApplication.class)
                    .web(WebApplicationType.NONE).run("--trackone.db.url=" + server.getJdbcUrl("postgres", "postgres"),
                            "--trackone.db.user=postgres", "--trackone.data=" + work.resolve("unused"),
                            "--logging.level.org.trackone=warn")) {
                assertThat(context.getBean(JdbcClient.class)
                        .sql("select count(*) from flyway_schema_history where success and version is not null")
                        .query(Integer.class).single()).isEqualTo(all.size());
            }
        }
    }

    /** Every migration but the one with the highest version in each module's folder. */
    private static List<Resource> withoutNewestOfEachModule(List<Resource> migrations) throws IOException {
        Map<String, List<Resource>> byModule = migrations.stream().collect(Collectors.groupingBy(MigrationUpgradeTest::module));
        List<Resource> kept = new ArrayList<>();
        for (List<Resource> module : byModule.values()) {
            if (module.size() < 2) {
                kept.addAll(module);
                continue;
            }
            Resource newest = module.stream().max(Comparator.comparing(MigrationUpgradeTest::version, MigrationUpgradeTest::compare))
                    .orElseThrow();
            module.stream().filter(m -> m != newest).forEach(kept::add);
        }
        return kept;
    }

    private static String module(Resource migration) {
        try {
            String[] parts = migration.getURL().getPath().split("/");
            return parts[parts.length - 2];
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "V3_26__csbm_idempotency_key.sql" → [3, 26]. */
    private static int[] version(Resource migration) {
        String name = migration.getFilename();
        return Arrays.stream(name.substring(1, name.indexOf("__")).split("[_.]")).mapToInt(Integer::parseInt).toArray();
    }

    private static int compare(int[] one, int[] other) {
        return Arrays.compare(one, other);
    }
}
