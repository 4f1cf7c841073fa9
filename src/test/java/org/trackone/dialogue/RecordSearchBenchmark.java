package org.trackone.dialogue;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trackone.dialogue.internal.RecordRepository;

/**
 * Times record search over ten years of meetings: 600 meetings of 5 sessions, each
 * session's record in three versions (draft, amendment phase, final) of 20 statements,
 * on an embedded PostgreSQL 17 migrated by the module's own migrations. Each query is
 * what {@code GET /api/v1/records?q=} runs for an attendee of a tenth of the meetings:
 * the full-text query, then the reading rules. Run by {@code bench/record-search}; not a test.
 */
public final class RecordSearchBenchmark {

    static final int MEETINGS = 600;
    static final int SESSIONS = 5;
    static final int STATEMENTS = 20;
    static final int QUERIES = 500;
    static final String[] DOMAIN_WORDS = ("security dialogue nuclear missile energy pipeline maritime navy exercise "
            + "notification transparency budget alliance armistice peace regime food famine trade investment crisis "
            + "hotline incident island sovereignty reassurance cooperation delegation ministry defence foreign "
            + "proposal principle consensus verification inspection reactor freeze submarine border troops "
            + "deployment observer workshop study plenary agenda session record statement amendment").split(" ");
    /**
     * The vocabulary: the domain words first, then 4,000 others. Words are drawn with a
     * log-uniform (Zipf-like) skew, as in real text: the first words are common, most are
     * rare, so a query matches anything from most records to a handful.
     */
    static final String[] WORDS = vocabulary();

    private static String[] vocabulary() {
        List<String> words = new ArrayList<>(List.of(DOMAIN_WORDS));
        for (int i = 0; i < 4000; i++) {
            words.add("term" + Integer.toString(i, 36));
        }
        return words.toArray(String[]::new);
    }

    private static String word(Random random) {
        return WORDS[(int) Math.floor(Math.exp(random.nextDouble() * Math.log(WORDS.length))) - 1];
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("trackone-bench-");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(true).start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/dialogue").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            long loadStart = System.nanoTime();
            load(jdbc);
            jdbc.sql("analyze").update();
            System.out.printf(Locale.ROOT, "loaded %d meetings, %d records, %d versions, %d statements in %d s%n",
                    count(jdbc, "dialogue_meeting"), count(jdbc, "dialogue_record"),
                    count(jdbc, "dialogue_record_version"), count(jdbc, "dialogue_record_statement"),
                    (System.nanoTime() - loadStart) / 1_000_000_000);
            System.out.flush();
            Constructor<RecordRepository> constructor = RecordRepository.class.getDeclaredConstructor(JdbcClient.class);
            constructor.setAccessible(true);
            Records records = new Records(constructor.newInstance(jdbc), null, null, null, null, null);
            RecordReader reader = new RecordReader("bench-attendee", false);
            Random random = new Random(1997);
            if (args.length > 0 && args[0].equals("--explain")) {
                for (String q : List.of("security", WORDS[WORDS.length - 2])) {
                    long start = System.nanoTime();
                    records.search(q, reader);
                    System.out.printf(Locale.ROOT, "%s: %.1f ms%n", q, (System.nanoTime() - start) / 1e6);
                    jdbc.sql("explain analyze select v.id from dialogue_record r join dialogue_session s on "
                            + "s.meeting_id = r.meeting_id and s.position = r.session_position join "
                            + "dialogue_record_version v on v.record_id = r.id join dialogue_record_current c on "
                            + "c.version_id = v.id where c.search @@ websearch_to_tsquery('simple', ?) "
                            + "order by c.version_id desc limit 50")
                            .param(q).query(String.class).list().forEach(System.out::println);
                }
                System.out.flush();
            }
            for (int i = 0; i < 50; i++) {
                records.search(query(random), reader);
            }
            List<Long> micros = new ArrayList<>();
            int found = 0;
            for (int i = 0; i < QUERIES; i++) {
                long start = System.nanoTime();
                found += records.search(query(random), reader).size();
                micros.add((System.nanoTime() - start) / 1_000);
            }
            micros.sort(null);
            System.out.printf(Locale.ROOT, "record search, %d queries of one or two words (Zipf-like): p50 %.1f ms, "
                    + "p99 %.1f ms, max %.1f ms (target p99 < 50 ms); %.1f results a query on average%n", QUERIES,
                    micros.get(QUERIES / 2) / 1000.0, micros.get(QUERIES * 99 / 100) / 1000.0,
                    micros.getLast() / 1000.0, found / (double) QUERIES);
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String query(Random random) {
        String first = word(random);
        return random.nextBoolean() ? first : first + " " + word(random);
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Ten years of meetings, their sessions, three versions of each record, and a tenth of them attended. */
    private static void load(JdbcClient jdbc) {
        jdbc.sql("""
                insert into dialogue_meeting (body_code, kind, title, starts_on, ends_on, venue, created_by)
                select 'BODY-' || (m % 20), 'WORKSHOP', 'Meeting ' || m, date '2016-01-01' + m * 6,
                       date '2016-01-01' + m * 6, 'Venue', 'bench'
                from generate_series(1, :meetings) m""").param("meetings", MEETINGS).update();
        jdbc.sql("""
                insert into dialogue_session (meeting_id, position, title, held_on, record_rule)
                select m.id, p, 'Session ' || p, m.starts_on,
                       (array['ON_THE_RECORD', 'CHATHAM_HOUSE', 'OFF_THE_RECORD', 'CLOSED'])[1 + (m.id + p) % 4]
                from dialogue_meeting m, generate_series(1, :sessions) p""").param("sessions", SESSIONS).update();
        jdbc.sql("""
                insert into dialogue_record (meeting_id, session_position, rapporteur)
                select meeting_id, position, 'rapporteur-' || (meeting_id % 7) from dialogue_session""").update();
        jdbc.sql("""
                insert into dialogue_record_version (record_id, version, status, body, created_by)
                select r.id, v, (array['DRAFT', 'AMENDMENT', 'FINAL'])[v], 'pending', 'bench'
                from dialogue_record r, generate_series(1, 3) v""").update();
        jdbc.sql("""
                insert into dialogue_record_statement (version_id, position, text)
                select v.id, s, (select string_agg((:words)[floor(exp(random() * ln(cardinality(:words))))::int], ' ')
                                 from generate_series(1, 26 + (v.id + s) % 9))
                from dialogue_record_version v, generate_series(1, :statements) s""")
                .param("words", WORDS).param("statements", STATEMENTS).update();
        // The body is derived from the statements when a version is written; here it is filled afterwards, so
        // the immutability trigger is set aside for this one statement of the load.
        jdbc.sql("alter table dialogue_record_version disable trigger dialogue_record_version_immutable").update();
        jdbc.sql("""
                update dialogue_record_version v set body = (select string_agg(text, E'\\n' order by position)
                                                             from dialogue_record_statement where version_id = v.id)""")
                .update();
        jdbc.sql("alter table dialogue_record_version enable trigger dialogue_record_version_immutable").update();
        jdbc.sql("""
                insert into dialogue_record_current (record_id, version_id, status, search)
                select distinct on (record_id) record_id, id, status, search
                from dialogue_record_version order by record_id, version desc""").update();
        jdbc.sql("""
                insert into dialogue_attendance (meeting_id, username, capacity, registered_by)
                select id, 'bench-attendee', 'EXPERT', 'bench' from dialogue_meeting where id % 10 = 0""").update();
    }
}
