package org.trackone.csbm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.trackone.TrackoneApplication;

/**
 * The annual implementation report's PDF, timed (not a test; run by {@code bench/report-pdf}).
 * Starts the application on a fresh embedded PostgreSQL with the demonstration, signs in as the
 * demo secretariat and asks for the NEACD's report of 2025 over HTTP, language by language,
 * English first: the first PDF of each language (which reads the fonts it needs for the first
 * time; the very first, in English, also loads the renderer); then, after {@code requests} PDFs
 * in each language to warm up, {@code requests} more in each, one after the other.
 */
public final class ReportPdfBenchmark {

    static final List<String> LANGUAGES = List.of("en", "ko", "ja", "zh", "ru");

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path data = Files.createTempDirectory("trackone-bench-pdf");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackoneApplication.class)
                .run("--trackone.data=" + data, "--server.port=0", "--logging.level.root=warn",
                        "--logging.level.org.trackone=warn")) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            HttpClient browser = NotificationBenchmark.signedIn(base, "secretariat", "demo");
            Map<String, Double> first = new LinkedHashMap<>();
            Map<String, Integer> sizes = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                long t0 = System.nanoTime();
                sizes.put(language, pdf(browser, uri(base, language)));
                first.put(language, (System.nanoTime() - t0) / 1e6);
            }
            System.out.printf(Locale.ROOT, "warm-up: %d PDFs in each language%n", requests);
            for (String language : LANGUAGES) {
                for (int i = 0; i < requests; i++) {
                    pdf(browser, uri(base, language));
                }
            }
            System.out.printf(Locale.ROOT, "%-9s %10s %10s %10s %10s %12s%n", "language", "first ms", "p50 ms",
                    "p90 ms", "max ms", "bytes");
            for (String language : LANGUAGES) {
                ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
                long started = System.nanoTime();
                for (int i = 0; i < requests; i++) {
                    long t = System.nanoTime();
                    pdf(browser, uri(base, language));
                    latencies.add(System.nanoTime() - t);
                }
                NotificationBenchmark.Result result = new NotificationBenchmark.Result(latencies, 0,
                        System.nanoTime() - started);
                System.out.printf(Locale.ROOT, "%-9s %10.1f %10.1f %10.1f %10.1f %12d%n", language,
                        first.get(language), result.percentile(50), result.percentile(90), result.percentile(100),
                        sizes.get(language));
            }
        } finally {
            NotificationBenchmark.deleteQuietly(data);
        }
    }

    private static URI uri(String base, String language) {
        return URI.create(base + "/csbm/NEACD/reports/2025.pdf?lang=" + language);
    }

    /** The size of the PDF at {@code uri}; fails unless it is one. */
    private static int pdf(HttpClient browser, URI uri) throws Exception {
        HttpResponse<byte[]> response = browser.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || response.body().length < 5
                || !new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new IllegalStateException("not a PDF from " + uri + ": " + response.statusCode());
        }
        return response.body().length;
    }

    private ReportPdfBenchmark() {
    }
}
