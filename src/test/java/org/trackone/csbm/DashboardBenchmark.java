package org.trackone.csbm;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.trackone.TrackoneApplication;

/**
 * The compliance dashboard of 57 states × 10 years on its own, in steady state: the body of
 * {@link NotificationBenchmark}, filled with notifications for NOTIFY_SECONDS by 16
 * clients, then the page WARM_UP times (not measured) and REQUESTS times in a row, signed in
 * as a delegate. {@code bench/notifications} times the page right after its bulk loads,
 * while PostgreSQL is still vacuuming them; this is the page as a reader meets it later.
 *
 * <pre>bench/dashboard [NOTIFY_SECONDS [WARM_UP [REQUESTS]]]     defaults: 20 300 600</pre>
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notifySeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        Path data = Files.createTempDirectory("trackone-bench-dashboard");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackoneApplication.class)
                .run("--trackone.data=" + data, "--server.port=0", "--logging.level.root=warn",
                        "--logging.level.org.trackone=warn")) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port", "0");
            List<String[]> delegates = NotificationBenchmark.setUp(context);
            HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            NotificationBenchmark.Result notified = NotificationBenchmark.closedLoop(http,
                    base + "/api/v1/csbm/bodies/" + NotificationBenchmark.BODY + "/notifications", delegates, 16,
                    notifySeconds);
            String username = "bench-" + delegates.getFirst()[0].toLowerCase(Locale.ROOT);
            String password = "bench-password-" + delegates.getFirst()[0];
            NotificationBenchmark.dashboard(base, username, password, warmUp);
            NotificationBenchmark.Result page = NotificationBenchmark.dashboard(base, username, password, requests);

            System.out.println();
            System.out.printf(Locale.ROOT, "%-58s %12s %14s%n", "metric", "target", "measured");
            System.out.printf(Locale.ROOT, "%-58s %12s %14d%n", "notifications in the body before", "",
                    notified.latencies().size() - notified.failures());
            System.out.printf(Locale.ROOT, "%-58s %12s %14d%n", "dashboard pages measured (after " + warmUp + " more)", "",
                    page.latencies().size());
            for (int p : new int[] {50, 90}) {
                System.out.printf(Locale.ROOT, "%-58s %12s %14.1f%n",
                        "compliance dashboard, 57 states x 10 years, p" + p + " ms", "", page.percentile(p));
            }
            System.out.printf(Locale.ROOT, "%-58s %12s %14.1f%n", "compliance dashboard, 57 states x 10 years, p99 ms",
                    "< 100", page.percentile(99));
            System.out.printf(Locale.ROOT, "%-58s %12s %14d%n", "dashboard pages not rendered", "0", page.failures());
        } finally {
            NotificationBenchmark.deleteQuietly(data);
        }
    }
}
