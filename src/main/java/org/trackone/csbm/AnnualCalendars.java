package org.trackone.csbm;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.access.Account;
import org.trackone.access.Accounts;
import org.trackone.access.Ministry;
import org.trackone.access.Role;
import org.trackone.csbm.internal.CalendarRepository;

/**
 * Annual calendars: each state's planned notifiable activities for the next year, due on
 * the rule set's day, final once submitted (a correction is a new version), and checked
 * against the notifications of that year: which notified activities the calendar listed.
 */
@Service
public class AnnualCalendars {

    public static final int MAX_ENTRIES = 500;

    private final CalendarRepository repository;
    private final Regimes regimes;
    private final PriorNotifications notifications;
    private final Accounts accounts;
    private final Inboxes inboxes;
    private final Clock clock = Clock.systemUTC();

    AnnualCalendars(CalendarRepository repository, Regimes regimes, PriorNotifications notifications,
            Accounts accounts, Inboxes inboxes) {
        this.repository = repository;
        this.inboxes = inboxes;
        this.regimes = regimes;
        this.notifications = notifications;
        this.accounts = accounts;
    }

    /** A notified activity of the calendar's year, and whether the calendar listed it. */
    public record Check(PriorNotification notification, boolean listed) {
    }

    @Transactional
    public AnnualCalendar submit(String bodyCode, String state, int year, @Nullable List<@Nullable CalendarEntry> entries,
            @Nullable Integer corrects, String username) {
        Account account = accounts.find(username).orElseThrow(() -> new AccessDeniedException("No such account."));
        if (account.role() != Role.DELEGATE || account.ministry() != Ministry.DEFENCE || account.participant() == null) {
            throw new AccessDeniedException("A defence-ministry delegate files the annual calendar.");
        }
        if (!state.equals(account.participant())) {
            throw new RuleViolation("state", "csbm.notification.otherState", account.participant());
        }
        return record(bodyCode, state, year, entries, corrects, username, clock.instant());
    }

    /** Records a calendar by {@code username}, whose right to file for the state is checked or given. */
    @Transactional
    AnnualCalendar record(String bodyCode, String state, int year, @Nullable List<@Nullable CalendarEntry> entries,
            @Nullable Integer corrects, String username, Instant now) {
        if (!notifications.participatingStates(bodyCode).contains(state)) {
            throw new RuleViolation("state", "csbm.notification.notParticipating", bodyCode);
        }
        int lastYear = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear() + 1;
        if (year < AnnualExchanges.FIRST_YEAR || year > lastYear) {
            throw new RuleViolation("year", "csbm.year.range", AnnualExchanges.FIRST_YEAR, lastYear);
        }
        if (entries == null) {
            throw new RuleViolation("entries", "csbm.required");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new RuleViolation("entries", "csbm.exchange.tooManyFormations", MAX_ENTRIES);
        }
        List<CalendarEntry> checked = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CalendarEntry entry = entries.get(i);
            if (entry == null) {
                throw new RuleViolation("entries[" + i + "]", "csbm.required");
            }
            if (entry.startsOn().getYear() != year) {
                throw new RuleViolation("entries[" + i + "].startsOn", "csbm.calendar.otherYear", year);
            }
            checked.add(entry);
        }
        repository.lock(bodyCode, state, year);
        List<AnnualCalendar> versions = repository.versions(bodyCode, state, year);
        Corrections.check(versions.isEmpty() ? 0 : versions.getLast().version(), corrects);
        Optional<LocalDate> due = regimes.history(bodyCode).calendarDue(year);
        long daysLate = versions.isEmpty() ? due.map(d -> Math.max(0, ChronoUnit.DAYS.between(d,
                LocalDate.ofInstant(now, ZoneOffset.UTC)))).orElse(0L) : versions.getFirst().daysLate();
        long id = repository.insert(bodyCode, state, year, versions.size() + 1, corrects, checked, username, now,
                due.orElse(null), daysLate);
        inboxes.deliver(ItemKind.ANNUAL_CALENDAR, id, bodyCode, state, inboxes.everyOtherState(bodyCode, state), now);
        return repository.versions(bodyCode, state, year).getLast();
    }

    /**
     * Every version of a state's calendar for a year, for the secretariat and participating
     * states, and for everyone when the body's record rule is public.
     */
    @Transactional(readOnly = true)
    public List<AnnualCalendar> versions(String bodyCode, String state, int year, @Nullable String username) {
        requireReader(bodyCode, username);
        List<AnnualCalendar> versions = repository.versions(bodyCode, state, year);
        if (versions.isEmpty()) {
            throw new NotFound("calendar of " + state + " for", year);
        }
        return versions;
    }

    /** One submitted version, for its readers as {@link #versions}. */
    @Transactional(readOnly = true)
    public AnnualCalendar version(long id, @Nullable String username) {
        AnnualCalendar calendar = repository.find(id).orElseThrow(() -> new NotFound("calendar", id));
        requireReader(calendar.bodyCode(), username);
        return calendar;
    }

    /**
     * The latest version of each state's calendar of each year, newest year first, then by
     * state: for the secretariat and participating states, and for everyone when the body's
     * record rule is public.
     */
    @Transactional(readOnly = true)
    public List<AnnualCalendar> ofBody(String bodyCode, @Nullable String username) {
        requireReader(bodyCode, username);
        return repository.latest(bodyCode).stream()
                .sorted(Comparator.comparingInt(AnnualCalendar::year).reversed()
                        .thenComparing(AnnualCalendar::state))
                .toList();
    }

    /** The latest version of a state's calendar for a year, if there is one; for the secretariat and participating states. */
    @Transactional(readOnly = true)
    public Optional<AnnualCalendar> latest(String bodyCode, String state, int year, @Nullable String username) {
        requireReader(bodyCode, username);
        List<AnnualCalendar> versions = repository.versions(bodyCode, state, year);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    /** The day the calendar for a year is due under the rules in force then; empty when none is required. */
    public Optional<LocalDate> dueOn(String bodyCode, int year) {
        return regimes.history(bodyCode).calendarDue(year);
    }

    /** The latest year a calendar may be submitted for: the next one. */
    public int lastYear() {
        return LocalDate.now(clock).getYear() + 1;
    }

    /** The state's notified activities of the year, each with whether its latest calendar listed it. */
    @Transactional(readOnly = true)
    public List<Check> check(String bodyCode, String state, int year, @Nullable String username) {
        AnnualCalendar calendar = versions(bodyCode, state, year, username).getLast();
        return notifications.ofBody(bodyCode, state, new org.trackone.ResultPage.PageRequest(0,
                org.trackone.ResultPage.MAX_SIZE), username).items().stream()
                .filter(n -> n.activity().startsOn().getYear() == year)
                .map(n -> new Check(n, calendar.lists(n.activity()))).toList();
    }

    private void requireReader(String bodyCode, @Nullable String username) {
        regimes.history(bodyCode);
        if (!notifications.mayReadSubmitted(bodyCode, username)) {
            throw new AccessDeniedException("Only the secretariat and the participating states read calendars, "
                    + "unless the body's record rule is public.");
        }
    }
}
