package org.trackone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * trackone: the platform a multilateral security framework runs on. One application,
 * one package per part of the system ({@code framework}, {@code access}, {@code web},
 * and more to come), verified as modules by Spring Modulith.
 */
@SpringBootApplication
public class TrackoneApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("admin")) {
            System.exit(runAdmin(args));
        }
        leaveOneCoreForInputOutput();
        SpringApplication.run(TrackoneApplication.class, args);
    }

    /**
     * Runs requests on one core fewer than the machine has (at least one), unless
     * {@code -Djdk.virtualThreadScheduler.parallelism} says otherwise. With a carrier
     * thread per core, CPU-bound page rendering fills every core and the threads that
     * keep requests moving — Tomcat's poller, the embedded PostgreSQL, the garbage
     * collector — wait for a time slice: requests then finish in bursts and the slowest
     * take ten times the median. The spare core keeps latency even under load, at the
     * price of peak throughput (see "Performance" in the README). Must run before the
     * first virtual thread starts, which creates the scheduler.
     */
    static void leaveOneCoreForInputOutput() {
        String parallelism = "jdk.virtualThreadScheduler.parallelism";
        if (System.getProperty(parallelism) == null) {
            int cores = Runtime.getRuntime().availableProcessors();
            System.setProperty(parallelism, Integer.toString(Math.max(1, cores - 1)));
        }
    }

    /** Runs an administration command without a web server, then exits. */
    private static int runAdmin(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackoneApplication.class)
                .web(WebApplicationType.NONE)
                .properties("trackone.admin-command=true", "logging.level.root=error", "logging.level.org.trackone=warn")
                .run(args)) {
            return 0;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.err.println("trackone admin: " + cause.getMessage());
            return 1;
        }
    }
}
