package org.trackone.csbm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.trackone.TrackoneApplication;
import org.trackone.access.Accounts;
import org.trackone.access.Ministry;
import org.trackone.access.NewAccount;
import org.trackone.access.Role;
import org.trackone.framework.BodyDetails;
import org.trackone.framework.BodyKind;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.DecisionRule;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.HistoricalDate;
import org.trackone.framework.Mandate;
import org.trackone.framework.MembershipAction;
import org.trackone.framework.MembershipChangeRequest;
import org.trackone.framework.ParticipantDetails;
import org.trackone.framework.ParticipantKind;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Track;

/**
 * The prior-notification throughput benchmark (not a test; run by {@code bench/notifications}).
 * Starts the application on a fresh embedded PostgreSQL, sets up a body of 57 participating
 * states under the full regime with a defence delegate and API token each, then:
 * <ol>
 * <li>closed loop: {@code workers} clients send notifications back to back for the
 *     measured seconds (the most the server sustains);</li>
 * <li>open loop: notifications sent at a fixed rate (300 a second) for the measured
 *     seconds, each timed from its scheduled start (so a stall counts against the tail);</li>
 * <li>the bare rate of single-row INSERT + COMMIT on one connection to the same PostgreSQL.</li>
 * </ol>
 * Each notification is validated, judged, stored and delivered to 56 inboxes over HTTP.
 */
public final class NotificationBenchmark {

    static final String BODY = "BENCH-57";
    static final int STATES = 57;
    static final int DASHBOARD_WARM_UP = 100;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path data = Files.createTempDirectory("trackone-bench-csbm");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackoneApplication.class)
                .run("--trackone.data=" + data, "--server.port=0", "--logging.level.root=warn",
                        "--logging.level.org.trackone=warn")) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
            List<String[]> delegates = setUp(context);
            HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            String base = "http://127.0.0.1:" + port + "/api/v1/csbm/bodies/" + BODY + "/notifications";

            System.out.printf(Locale.ROOT, "warm-up: %d s%n", Math.max(3, seconds / 4));
            closedLoop(http, base, delegates, workers, Math.max(3, seconds / 4));
            Result closed = closedLoop(http, base, delegates, workers, seconds);
            Result open = openLoop(http, base, delegates, rate, seconds);
            double inserts = bareInsertRate(context.getBean(DataSource.class), Math.max(5, seconds / 2));
            Result dashboard = dashboard("http://127.0.0.1:" + port, "bench-" + delegates.getFirst()[0].toLowerCase(Locale.ROOT),
                    "bench-password-" + delegates.getFirst()[0], 200);

            System.out.println();
            System.out.printf(Locale.ROOT, "%-58s %12s %14s%n", "metric", "target", "measured");
            System.out.printf(Locale.ROOT, "%-58s %12s %14.0f%n",
                    "notifications/s, closed loop, " + workers + " clients", ">= 300", closed.perSecond());
            System.out.printf(Locale.ROOT, "%-58s %12s %14.1f%n", "p50 ms, closed loop", "", closed.percentile(50));
            System.out.printf(Locale.ROOT, "%-58s %12s %14.1f%n", "p99 ms, closed loop", "", closed.percentile(99));
            System.out.printf(Locale.ROOT, "%-58s %12s %14.0f%n", "notifications/s, open loop at " + rate + "/s",
                    ">= 300", open.perSecond());
            System.out.printf(Locale.ROOT, "%-58s %12s %14.1f%n", "p50 ms, open loop", "", open.percentile(50));
            System.out.printf(Locale.ROOT, "%-58s %12s %14.1f%n", "p99 ms, open loop", "< 50", open.percentile(99));
            System.out.printf(Locale.ROOT, "%-58s %12s %14d%n", "failed requests (both loops)", "0",
                    closed.failures() + open.failures());
            System.out.printf(Locale.ROOT, "%-58s %12s %14.0f%n", "bare single-row INSERT+COMMIT/s, one connection",
                    "", inserts);
            System.out.printf(Locale.ROOT, "%-58s %12s %14.3f%n", "ratio: notifications/s (closed) to INSERT+COMMIT/s",
                    "", closed.perSecond() / inserts);
            System.out.printf(Locale.ROOT, "%-58s %12s %14.1f%n", "compliance dashboard, 57 states x 10 years, p50 ms",
                    "", dashboard.percentile(50));
            System.out.printf(Locale.ROOT, "%-58s %12s %14.1f%n", "compliance dashboard, 57 states x 10 years, p99 ms",
                    "< 100", dashboard.percentile(99));
            System.out.printf(Locale.ROOT, "%-58s %12s %14d%n", "dashboard pages not rendered", "0", dashboard.failures());
        } finally {
            deleteQuietly(data);
        }
    }

    /** 57 states in one body under the full regime, each with a defence delegate and a token. */
    static List<String[]> setUp(ConfigurableApplicationContext context) {
        FrameworkAdministration administration = context.getBean(FrameworkAdministration.class);
        FrameworkDirectory directory = context.getBean(FrameworkDirectory.class);
        Accounts accounts = context.getBean(Accounts.class);
        Regimes regimes = context.getBean(Regimes.class);
        administration.createBody(new BodyDetails(BODY, "Benchmark regime of 57 states", BodyKind.FORUM, null,
                Track.ONE, Mandate.REGIONAL, DecisionRule.CONSENSUS, RecordRule.RESTRICTED, BodyStatus.ACTIVE, null,
                null, null, "Made by the notification benchmark."), "bench");
        List<String> states = new ArrayList<>(directory.participants().stream()
                .filter(p -> p.kind() == ParticipantKind.STATE).map(p -> p.code().value()).toList());
        for (int i = 1; states.size() < STATES; i++) {
            String code = String.format(Locale.ROOT, "B%02d", i);
            administration.createParticipant(new ParticipantDetails(code, ParticipantKind.STATE, "Bench state " + i,
                    "Bench " + i, ""), "bench");
            states.add(code);
        }
        List<String[]> delegates = new ArrayList<>();
        for (String state : states) {
            administration.changeMembership(BODY, new MembershipChangeRequest(state, MembershipAction.JOIN,
                    HistoricalDate.parse("2020"), null), "bench");
            String username = "bench-" + state.toLowerCase(Locale.ROOT);
            accounts.openDemo(new NewAccount(username, "Bench " + state, "bench-password-" + state, Role.DELEGATE,
                    state, Ministry.DEFENCE));
            delegates.add(new String[] {state, accounts.issueToken(username, "bench")});
        }
        RuleSet full = RegimeDemonstration.read("csbm/regime-vienna-document-2011.yaml").rules();
        regimes.adopt(BODY, full, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31), Instant.now(), "bench");
        return delegates;
    }

    static Result closedLoop(HttpClient http, String base, List<String[]> delegates, int workers, int seconds)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < workers; w++) {
                executor.submit(() -> {
                    while (System.nanoTime() < end) {
                        String[] delegate = delegates.get(Math.floorMod(next.getAndIncrement(), delegates.size()));
                        long t0 = System.nanoTime();
                        boolean ok = send(http, base, delegate);
                        latencies.add(System.nanoTime() - t0);
                        if (!ok) {
                            failures.incrementAndGet();
                        }
                    }
                });
            }
        }
        return new Result(latencies, failures.get(), System.nanoTime() - started);
    }

    static Result openLoop(HttpClient http, String base, List<String[]> delegates, int rate, int seconds)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        int total = rate * seconds;
        long started = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long scheduled = started + i * interval;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String[] delegate = delegates.get(i % delegates.size());
                executor.submit(() -> {
                    boolean ok = send(http, base, delegate);
                    latencies.add(System.nanoTime() - scheduled);
                    if (!ok) {
                        failures.incrementAndGet();
                    }
                });
            }
        }
        return new Result(latencies, failures.get(), System.nanoTime() - started);
    }

    static boolean send(HttpClient http, String base, String[] delegate) {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(ThreadLocalRandom.current().nextInt(10, 90));
        String body = """
                {"state": "%s", "type": "EXERCISE", "startsOn": "%s", "endsOn": "%s",
                 "area": [{"latitude": 37.9, "longitude": 127.1}, {"latitude": 38.2, "longitude": 127.5},
                          {"latitude": 37.6, "longitude": 127.8}],
                 "forces": {"TROOPS": %d, "BATTLE_TANKS": %d}, "linkedTo": [], "description": "Benchmark exercise."}
                """.formatted(delegate[0], start, start.plusDays(5), ThreadLocalRandom.current().nextInt(4000, 20000),
                ThreadLocalRandom.current().nextInt(0, 300));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + delegate[1]).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The compliance dashboard page of the benchmark body for ten years, one request after
     * another (after {@link #DASHBOARD_WARM_UP} to warm up, as the notification loops warm up
     * for seconds: the page's thousands of cells are compiled by the JIT over its first
     * requests), signed in as a delegate through the sign-in form:
     * the page a browser gets, rendered.
     */
    static Result dashboard(String base, String username, String password, int requests) throws Exception {
        HttpClient browser = signedIn(base, username, password);
        int to = LocalDate.now(ZoneOffset.UTC).getYear();
        URI uri = URI.create(base + "/csbm/" + BODY + "/compliance?from=" + (to - 9) + "&to=" + to);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long failures = 0;
        long started = System.nanoTime();
        for (int i = 0; i < requests + DASHBOARD_WARM_UP; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200 || !page.body().contains("id=\"compliance\"")) {
                failures++;
            }
            if (i >= DASHBOARD_WARM_UP) {
                latencies.add(System.nanoTime() - t0);
            }
        }
        return new Result(latencies, failures, System.nanoTime() - started);
    }

    /** A client with a session cookie, signed in through the form as a person would be. */
    static HttpClient signedIn(String base, String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String signIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(signIn);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1);
        browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return browser;
    }

    /** Single-row INSERT and COMMIT, one after the other on one connection, for the given seconds. */
    static double bareInsertRate(DataSource dataSource, int seconds) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table if not exists csbm_bench_probe (id bigint generated always as identity "
                        + "primary key, payload text not null)");
            }
            connection.setAutoCommit(false);
            long count = 0;
            long started = System.nanoTime();
            long end = started + TimeUnit.SECONDS.toNanos(seconds);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into csbm_bench_probe (payload) values (?)")) {
                while (System.nanoTime() < end) {
                    insert.setString(1, "probe " + count);
                    insert.executeUpdate();
                    connection.commit();
                    count++;
                }
            }
            double rate = count / ((System.nanoTime() - started) / 1e9);
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop table csbm_bench_probe");
            }
            return rate;
        }
    }

    record Result(ConcurrentLinkedQueue<Long> latencies, long failures, long nanos) {

        double perSecond() {
            return (latencies.size() - failures) / (nanos / 1e9);
        }

        double percentile(double p) {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            System.err.println("could not delete " + directory + ": " + e.getMessage());
        }
    }

    private NotificationBenchmark() {
    }
}
