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
        SpringApplication.run(TrackoneApplication.class, args);
    }

    /**
     * Runs an administration command without a web server, then exits. Its settings are
     * system properties, which outrank application.yml (default properties would not):
     * the command prints its own result or one line saying what went wrong, not the log.
     */
    private static int runAdmin(String[] args) {
        System.setProperty("trackone.admin-command", "true");
        // The build-time bean definitions are the server's; the command's own bean is not among them.
        System.setProperty("spring.aot.enabled", "false");
        System.setProperty("spring.main.log-startup-info", "false");
        System.setProperty("logging.level.root", "error");
        System.setProperty("logging.level.org.trackone", "warn");
        System.setProperty("logging.level.org.springframework.boot.SpringApplication", "off");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackoneApplication.class)
                .web(WebApplicationType.NONE)
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
