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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the packaged jar the way {@code ./trackone} serves it: its own JVM, with the
 * bean definitions prepared at build time ({@code -Dspring.aot.enabled=true}). The
 * other tests build their contexts at run time, so only this one shows that the
 * build-time definitions start, serve every module, survive a restart, and run on an
 * external PostgreSQL whose first account comes from the admin command.
 */
class PackagedApplicationIT {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path work;

    @Test
    void servesEveryModuleOnTheEmbeddedDatabaseAndAfterARestart() throws Exception {
        Server server = new Server(work, Map.of("TRACKONE_DATA", work.resolve("data").toString()));
        try {
            server.start();
            assertThat(server.log()).contains("Starting AOT-processed TrackoneApplication");
            checkPages(server);
            server.stop();
            server.start();
            checkPages(server);
        } finally {
            server.stop();
        }
    }

    @Test
    void runsOnAnExternalDatabaseWithTheFirstAccountFromTheAdminCommand() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("external")).setCleanDataDirectory(true).start()) {
            Map<String, String> settings = Map.of("TRACKONE_DB_URL", external.getJdbcUrl("postgres", "postgres"),
                    "TRACKONE_DB_USER", "postgres", "TRACKONE_DATA", work.resolve("unused").toString());
            Server server = new Server(work, settings);
            try {
                server.start();
                assertThat(get(client(), server, "/sign-in").body()).doesNotContain("<code>secretariat</code>");
                assertThat(signIn(server, "secretariat", "demo")).as("no demo accounts").isNull();

                String password = "first-account-password";
                Process admin = server.admin(password, "admin", "create-user", "--username=first",
                        "--role=secretariat");
                assertThat(admin.waitFor(2, TimeUnit.MINUTES)).isTrue();
                assertThat(new String(admin.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .contains("Opened account 'first' (secretariat).");
                assertThat(admin.exitValue()).isZero();

                HttpClient first = signIn(server, "first", password);
                assertThat(first).isNotNull();
                assertThat(get(first, server, "/bodies/new").statusCode()).isEqualTo(200);
                assertThat(Files.exists(work.resolve("unused"))).isFalse();
            } finally {
                server.stop();
            }
        }
    }

    private static void checkPages(Server server) throws Exception {
        HttpClient anonymous = client();
        assertThat(get(anonymous, server, "/").statusCode()).isEqualTo(200);
        assertThat(get(anonymous, server, "/participants").statusCode()).isEqualTo(200);
        assertThat(get(anonymous, server, "/api/v1/openapi.json").statusCode()).isEqualTo(200);
        assertThat(get(anonymous, server, "/api/v1/participants").statusCode()).isEqualTo(401);

        HttpClient secretariat = signIn(server, "secretariat", "demo");
        assertThat(secretariat).isNotNull();
        for (String path : List.of("/", "/bodies", "/proposals", "/bodies/NEACD/edit", "/csbm/NEACD/compliance",
                "/csbm/NEACD/rules/new", "/meetings", "/meetings/new", "/study-groups", "/account")) {
            assertThat(get(secretariat, server, path).statusCode()).as(path).isEqualTo(200);
        }
        HttpClient delegate = signIn(server, "kor-defence", "demo");
        assertThat(delegate).isNotNull();
        assertThat(get(delegate, server, "/csbm/NEACD/rules").statusCode()).isEqualTo(200);
        assertThat(get(delegate, server, "/csbm/NEACD/rules/new").statusCode()).isEqualTo(403);
    }

    /** A client signed in as this account, or null when signing in fails. */
    private static HttpClient signIn(Server server, String username, String password) throws Exception {
        HttpClient client = client();
        Matcher csrf = CSRF.matcher(get(client, server, "/sign-in").body());
        assertThat(csrf.find()).as("CSRF field on the sign-in page").isTrue();
        String form = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(username)
                + "&password=" + encode(password);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response.uri().getPath().equals("/") ? client : null;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient client, Server server, String path)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The packaged jar in a JVM of its own, with these settings as its environment. */
    private static final class Server {

        private final Path log;
        private final Map<String, String> settings;
        private final int port;
        private Process process;

        Server(Path work, Map<String, String> settings) throws IOException {
            this.log = work.resolve("server.log");
            this.settings = settings;
            try (ServerSocket socket = new ServerSocket(0)) {
                this.port = socket.getLocalPort();
            }
        }

        void start() throws Exception {
            process = command(ProcessBuilder.Redirect.appendTo(log.toFile()), List.of("-Dspring.aot.enabled=true"),
                    List.of()).start();
            Instant deadline = Instant.now().plus(START_LIMIT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new AssertionError("the server stopped while starting:\n" + log());
                }
                try {
                    if (get(client(), this, "/").statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    // keep waiting
                }
                Thread.sleep(250);
            }
            process.destroyForcibly();
            throw new AssertionError("no answer within " + START_LIMIT + ":\n" + log());
        }

        /** SIGTERM, as a person or a service manager stops it; an embedded PostgreSQL stops with it. */
        void stop() throws Exception {
            if (process == null || !process.isAlive()) {
                return;
            }
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the server did not stop within 60 s");
            }
        }

        /** An admin command, as {@code ./trackone admin} runs it: without the build-time definitions. */
        Process admin(String newPassword, String... arguments) throws IOException {
            ProcessBuilder builder = command(ProcessBuilder.Redirect.PIPE, List.of(), List.of(arguments));
            builder.environment().put("TRACKONE_NEW_PASSWORD", newPassword);
            return builder.start();
        }

        private ProcessBuilder command(ProcessBuilder.Redirect output, List<String> jvmOptions,
                List<String> arguments) {
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElseThrow());
            command.add("-Xmx512m");
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", Path.of(System.getProperty("trackone.jar")).toAbsolutePath().toString()));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
            builder.environment().keySet().removeIf(name -> name.startsWith("TRACKONE_"));
            builder.environment().put("TRACKONE_PORT", Integer.toString(port));
            builder.environment().putAll(settings);
            return builder;
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String log() throws IOException {
            return Files.exists(log) ? Files.readString(log) : "";
        }
    }
}
