package org.trackone.access.internal;

import java.io.Console;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.trackone.RuleViolation;
import org.trackone.access.Account;
import org.trackone.access.Accounts;
import org.trackone.access.Ministry;
import org.trackone.access.NewAccount;
import org.trackone.access.Role;

/**
 * {@code ./trackone admin create-user --username=NAME --role=secretariat ...}: opens an
 * account from the command line, which is how the first secretariat account of a
 * production installation comes to exist. The password comes from
 * {@code TRACKONE_NEW_PASSWORD} or is asked for twice on the terminal.
 */
@Component
@ConditionalOnProperty("trackone.admin-command")
class AdminCommand implements ApplicationRunner {

    static final String USAGE = """
            usage: ./trackone admin create-user --username=NAME --role=secretariat|delegate|expert|observer
                     [--display-name=TEXT] [--participant=CODE --ministry=foreign-affairs|defence]
              The password is read from TRACKONE_NEW_PASSWORD, or asked for on the terminal (at least 12 characters).""";

    private final Accounts accounts;
    private final Environment environment;

    AdminCommand(Accounts accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> words = arguments.getNonOptionArgs();
        if (!words.equals(List.of("admin", "create-user"))) {
            throw new AdminFailure("unknown admin command " + String.join(" ", words) + "\n" + USAGE);
        }
        String username = option(arguments, "username", true);
        Role role = parse(Role.class, option(arguments, "role", true), "role");
        String ministry = option(arguments, "ministry", false);
        NewAccount request = new NewAccount(username,
                orElse(option(arguments, "display-name", false), username), password(),
                role, option(arguments, "participant", false),
                ministry == null ? null : parse(Ministry.class, ministry, "ministry"));
        try {
            Account account = accounts.open(request);
            System.out.printf("Opened account '%s' (%s).%n", account.username(), account.role().name().toLowerCase(Locale.ROOT));
        } catch (RuleViolation e) {
            throw new AdminFailure(e.field() + ": " + e.messageCode() + " " + Arrays.toString(e.arguments()));
        } catch (ConstraintViolationException e) {
            throw new AdminFailure(e.getConstraintViolations().stream()
                    .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                    .sorted().collect(Collectors.joining("; ")));
        }
    }

    private String password() {
        // trackone.new-password is TRACKONE_NEW_PASSWORD in the environment (relaxed binding).
        String fromEnvironment = environment.getProperty("trackone.new-password");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            throw new AdminFailure("no terminal to ask for the password: set TRACKONE_NEW_PASSWORD");
        }
        char[] first = console.readPassword("Password (at least 12 characters): ");
        char[] second = console.readPassword("Same password again: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new AdminFailure("the two passwords differ");
        }
        return new String(first);
    }

    private static String option(ApplicationArguments arguments, String name, boolean required) {
        List<String> values = arguments.getOptionValues(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            if (required) {
                throw new AdminFailure("missing --" + name + "=…\n" + USAGE);
            }
            return null;
        }
        return values.getFirst().strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new AdminFailure("unknown --" + name + " '" + value + "'\n" + USAGE);
        }
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** A failure the person at the terminal can act on; the launcher prints it without a stack trace. */
    static final class AdminFailure extends RuntimeException {
        AdminFailure(String message) {
            super(message);
        }
    }
}
