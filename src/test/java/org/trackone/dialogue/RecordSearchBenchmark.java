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
import org.trackone.dialogue.internal.MeetingRepository;
import org.trackone.dialogue.internal.RecordRepository;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.internal.FrameworkRepository;

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
    static final String[] PUBLIC_BODIES = java.util.stream.IntStream.range(0, 20).filter(b -> b % 2 == 0)
            .mapToObj(b -> "BODY-" + b).toArray(String[]::new);
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
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/events",
                    "classpath:db/migration/framework", "classpath:db/migration/access", "classpath:db/migration/csbm",
                    "classpath:db/migration/dialogue").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            long loadStart = System.nanoTime();
            load(jdbc);
            jdbc.sql("analyze").update();
            System.out.printf(Locale.ROOT, "loaded %d meetings, %d records, %d versions, %d statements in %d s%n",
                    count(jdbc, "dialogue_meeting"), count(jdbc, "dialogue_record"),
                    count(jdbc, "dialogue_record_version"), count(jdbc, "dialogue_record_statement"),
                    (System.nanoTime() - loadStart) / 1_000_000_000);
            System.out.flush();
            // The services as the application wires them, on this database; what search does not use stays null.
            FrameworkDirectory framework = construct(FrameworkDirectory.class, construct(FrameworkRepository.class, jdbc));
            Meetings meetings = new Meetings(construct(MeetingRepository.class, jdbc), null, framework, null, null);
            Records records = new Records(construct(RecordRepository.class, jdbc), null, meetings, null, framework, null);
            RecordReader reader = new RecordReader("bench-attendee", false);
            Random random = new Random(1997);
            if (args.length > 0 && args[0].equals("--explain")) {
                for (String q : List.of("security", WORDS[WORDS.length - 2])) {
                    long start = System.nanoTime();
                    records.search(q, reader);
                    System.out.printf(Locale.ROOT, "%s: %.1f ms%n", q, (System.nanoTime() - start) / 1e6);
                    // The search's own SQL, with the reader's values: half the bodies are public.
                    jdbc.sql("explain analyze " + RecordRepository.SEARCH).params(q, reader.username(),
                            reader.username(), PUBLIC_BODIES, 50)
                            .query(String.class).list().forEach(System.out::println);
                    // Then the statements of what it found.
                    jdbc.sql("explain analyze select version_id, position, speaker, affiliation, text "
                            + "from dialogue_record_statement where version_id = any(array(select version_id from ("
                            + RecordRepository.SEARCH + ") hits)) order by version_id, position")
                            .params(q, reader.username(), reader.username(), PUBLIC_BODIES, 50)
                            .query(String.class).list().forEach(System.out::println);
                }
                System.out.flush();
            }
            for (int i = 0; i < 50; i++) {
                records.search(query(random), reader);
            }
            List<Long> micros = new ArrayList<>();
            List<Long> sqlMicros = new ArrayList<>();
            int found = 0;
            for (int i = 0; i < QUERIES; i++) {
                String q = query(random);
                long start = System.nanoTime();
                found += records.search(q, reader).size();
                micros.add((System.nanoTime() - start) / 1_000);
                // The search's SQL alone, for the same words: what the rest of the time is spent beside.
                long sqlStart = System.nanoTime();
                jdbc.sql(RecordRepository.SEARCH).params(q, reader.username(), reader.username(),
                        PUBLIC_BODIES, 50).query((rs, n) -> rs.getLong(1)).list();
                sqlMicros.add((System.nanoTime() - sqlStart) / 1_000);
            }
            sqlMicros.sort(null);
            System.out.printf(Locale.ROOT, "the search's SQL alone: p50 %.1f ms, p99 %.1f ms%n",
                    sqlMicros.get(QUERIES / 2) / 1000.0, sqlMicros.get(QUERIES * 99 / 100) / 1000.0);
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

    /** A bean whose only constructor takes one argument, built as Spring would (its constructor is not public). */
    private static <T> T construct(Class<T> type, Object argument) throws ReflectiveOperationException {
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(argument));
    }

    private static String query(Random random) {
        String first = word(random);
        return random.nextBoolean() ? first : first + " " + word(random);
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /**
     * Ten years of meetings of twenty bodies (half of them public), their sessions, three
     * versions of each record, and a tenth of the meetings attended.
     */
    private static void load(JdbcClient jdbc) {
        jdbc.sql("""
                insert into framework_body (code, name, kind, track, mandate, decision_rule, record_rule, status)
                select 'BODY-' || b, 'Body ' || b, 'WORKSHOP', 'TWO', 'REGIONAL', 'NONE',
                       case when b % 2 = 0 then 'PUBLIC' else 'RESTRICTED' end, 'ACTIVE'
                from generate_series(0, 19) b""").update();
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
                insert into dialogue_record_current (record_id, version_id, status, search, meeting_id, body_code,
                    record_rule, rapporteur)
                select distinct on (v.record_id) v.record_id, v.id, v.status, v.search, r.meeting_id, m.body_code,
                       s.record_rule, r.rapporteur
                from dialogue_record_version v
                join dialogue_record r on r.id = v.record_id
                join dialogue_meeting m on m.id = r.meeting_id
                join dialogue_session s on s.meeting_id = r.meeting_id and s.position = r.session_position
                order by v.record_id, v.version desc""").update();
        jdbc.sql("""
                insert into dialogue_attendance (meeting_id, username, capacity, registered_by)
                select id, 'bench-attendee', 'EXPERT', 'bench' from dialogue_meeting where id % 10 = 0""").update();
    }
}
