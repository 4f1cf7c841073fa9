package org.trackone;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the packaged jar the way {@code ./trackone} serves it: its own JVM, the bean
 * definitions prepared at build time ({@code -Dspring.aot.enabled=true}), an embedded
 * PostgreSQL in a fresh data directory. The other tests build their contexts at run
 * time, so only this one shows that the build-time definitions start, serve every
 * module's pages and survive a restart on the same data.
 */
class PackagedApplicationIT {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path work;

    private static int port;
    private static Process server;
    private static Path log;

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = work.resolve("server.log");
        server = startServer();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            stopServer(server);
        }
    }

    @Test
    void servesEveryModuleFromBuildTimeDefinitionsAndAfterARestart() throws Exception {
        assertThat(Files.readString(log)).contains("Starting AOT-processed TrackoneApplication");
        checkPages();

        stopServer(server);
        server = startServer();
        checkPages();
    }

    private static void checkPages() throws Exception {
        HttpClient anonymous = client();
        assertThat(status(anonymous, "/")).isEqualTo(200);
        assertThat(status(anonymous, "/participants")).isEqualTo(200);
        assertThat(status(anonymous, "/api/v1/openapi.json")).isEqualTo(200);
        assertThat(status(anonymous, "/api/v1/participants")).isEqualTo(401);

        HttpClient secretariat = signedIn("secretariat");
        for (String path : List.of("/", "/bodies", "/proposals", "/bodies/NEACD/edit",
                "/csbm/NEACD/compliance", "/csbm/NEACD/rules/new", "/meetings", "/meetings/new", "/study-groups", "/account")) {
            assertThat(status(secretariat, path)).as(path).isEqualTo(200);
        }
        HttpClient delegate = signedIn("kor-defence");
        assertThat(status(delegate, "/csbm/NEACD/rules")).isEqualTo(200);
        assertThat(status(delegate, "/csbm/NEACD/rules/new")).isEqualTo(403);
    }

    private static Process startServer() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-Dspring.aot.enabled=true",
                "-jar", Path.of(System.getProperty("trackone.jar")).toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("TRACKONE_DATA", work.resolve("data").toString());
        builder.environment().put("TRACKONE_PORT", Integer.toString(port));
        builder.environment().remove("TRACKONE_DB_URL");
        Process process = builder.start();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the server stopped while starting:\n" + Files.readString(log));
            }
            try {
                if (status(client(), "/") == 200) {
                    return process;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("no answer within " + START_LIMIT + ":\n" + Files.readString(log));
    }

    /** SIGTERM, as a person or a service manager stops it; the embedded PostgreSQL stops with it. */
    private static void stopServer(Process process) throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server did not stop within 60 s");
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpClient signedIn(String username) throws Exception {
        HttpClient client = client();
        Matcher csrf = CSRF.matcher(get(client, "/sign-in").body());
        assertThat(csrf.find()).as("CSRF field on the sign-in page").isTrue();
        String form = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(username) + "&password=demo";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.uri().getPath()).as("where signing in as " + username + " leads").isEqualTo("/");
        return client;
    }

    private static int status(HttpClient client, String path) throws IOException, InterruptedException {
        return get(client, path).statusCode();
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
