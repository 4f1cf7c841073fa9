package org.trackone.csbm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.csbm.internal.CalendarRepository;
import org.trackone.csbm.internal.ExchangeRepository;
import org.trackone.csbm.internal.ExchangeRepository.YearOfExchanges;
import org.trackone.csbm.internal.NotificationRepository;
import org.trackone.csbm.internal.NotificationRepository.YearOfNotifications;
import org.trackone.csbm.internal.RequestRepository;
import org.trackone.csbm.internal.RequestRepository.YearOfReplies;
import org.trackone.framework.Membership;

/**
 * Each participating state's compliance, by measure and year: the annual exchange and
 * calendar on time, late (by how much) or missing against their due days; prior
 * notifications made in time or late (by how much), under the verdict each received; and
 * the requests and incident reports each state received, answered (in time or late) or not.
 *
 * <p>The meeting after a consultation on unusual military activity counts against neither
 * the requesting state nor the state asked: both (or all states) must take part, so a late
 * or missing meeting is not one state's failing, and the platform cannot tell whose it is.
 * Its timing stays on the request, for every participating state to see, and both states
 * find it among their deadlines ({@link Deadlines}) until it is recorded.
 */
@Service
public class Compliance {

    public static final int MAX_YEARS = 30;

    private final Regimes regimes;
    private final PriorNotifications notifications;
    private final ExchangeRepository exchanges;
    private final NotificationRepository notificationRepository;
    private final CalendarRepository calendarRepository;
    private final RequestRepository requestRepository;
    private final StateDelegates delegates;
    private final Clock clock = Clock.systemUTC();

    Compliance(Regimes regimes, PriorNotifications notifications, ExchangeRepository exchanges,
            NotificationRepository notificationRepository, CalendarRepository calendarRepository,
            RequestRepository requestRepository, StateDelegates delegates) {
        this.delegates = delegates;
        this.calendarRepository = calendarRepository;
        this.requestRepository = requestRepository;
        this.regimes = regimes;
        this.notifications = notifications;
        this.exchanges = exchanges;
        this.notificationRepository = notificationRepository;
    }

    /** The years shown unless asked otherwise: the last five and the next. */
    public int defaultFrom() {
        return today().getYear() - 4;
    }

    public int defaultTo() {
        return today().getYear() + 1;
    }

    /**
     * The compliance for a reader: the secretariat or a delegate of a participating state,
     * or anyone (username null when not signed in) when the body's record rule is public.
     * Years left out are the last five and the next. Readers outside the states' circle do
     * not get risk reduction: its counts would tell them of requests and incident reports
     * that stay with the states concerned.
     *
     * @throws AccessDeniedException for anyone else
     */
    @Transactional(readOnly = true)
    public List<ComplianceEntry> of(String bodyCode, @Nullable Integer fromYear, @Nullable Integer toYear,
            @Nullable String username) {
        regimes.history(bodyCode);
        boolean statesCircle = username != null && notifications.mayRead(bodyCode, username);
        if (!statesCircle && !notifications.mayReadSubmitted(bodyCode, username)) {
            throw new AccessDeniedException("Only the secretariat and the participating states see compliance, "
                    + "unless the body's record rule is public.");
        }
        int from = fromYear == null ? defaultFrom() : fromYear;
        int to = toYear == null ? defaultTo() : toYear;
        return statesCircle ? seenBy(bodyCode, from, to, delegates.bilateralReader(bodyCode, username))
                : publicPart(of(bodyCode, from, to));
    }

    /** The entries that may leave the circle of the states: all but risk reduction. */
    static List<ComplianceEntry> publicPart(List<ComplianceEntry> entries) {
        return entries.stream().filter(e -> e.measure() != Measure.RISK_REDUCTION).toList();
    }

    /**
     * One participating state's compliance, for a reader as {@link #of(String, Integer, Integer, String)}.
     *
     * @throws NotFound when the state does not take part in the body
     */
    @Transactional(readOnly = true)
    public List<ComplianceEntry> ofState(String bodyCode, String state, @Nullable Integer fromYear,
            @Nullable Integer toYear, @Nullable String username) {
        regimes.history(bodyCode);
        if (!notifications.participatingStates(bodyCode).contains(state)) {
            throw new NotFound("participating state of " + bodyCode, state);
        }
        return of(bodyCode, fromYear, toYear, username).stream().filter(e -> e.state().equals(state)).toList();
    }

    /**
     * The compliance of every participating state of the body for the years asked, by
     * state, then measure, then year, as the secretariat sees it.
     */
    @Transactional(readOnly = true)
    public List<ComplianceEntry> of(String bodyCode, int fromYear, int toYear) {
        return seenBy(bodyCode, fromYear, toYear, null);
    }

    /**
     * As {@link #of(String, int, int)}, for a reader in the states' circle: a state's
     * delegate ({@code bilateralState}) counts only the incident reports between its own
     * state and another, which are the only ones it reads; the secretariat (null) all.
     */
    @Transactional(readOnly = true)
    public List<ComplianceEntry> seenBy(String bodyCode, int fromYear, int toYear, @Nullable String bilateralState) {
        if (fromYear < AnnualExchanges.FIRST_YEAR || fromYear > defaultTo()) {
            throw new RuleViolation("from", "csbm.year.range", AnnualExchanges.FIRST_YEAR, defaultTo());
        }
        if (toYear < fromYear || toYear > defaultTo() || toYear - fromYear >= MAX_YEARS) {
            throw new RuleViolation("to", "csbm.compliance.toRange", fromYear, Math.min(defaultTo(), fromYear + MAX_YEARS - 1));
        }
        RegimeHistory history = regimes.history(bodyCode);
        List<String> states = notifications.participatingStates(bodyCode);
        Map<String, YearOfExchanges> submitted = exchanges.submittedByStateAndYear(bodyCode).stream()
                .collect(Collectors.toMap(e -> e.state() + "/" + e.year(), Function.identity()));
        Map<String, YearOfNotifications> notified = notificationRepository.notifiableByStateAndYear(bodyCode, fromYear, toYear).stream()
                .collect(Collectors.toMap(n -> n.state() + "/" + n.year(), Function.identity()));
        Map<String, YearOfExchanges> calendars = calendarRepository.latest(bodyCode).stream()
                .collect(Collectors.toMap(c -> c.state() + "/" + c.year(),
                        c -> new YearOfExchanges(c.state(), c.year(), c.version(), c.daysLate())));
        Map<String, YearOfReplies> replies = requestRepository.repliesByStateAndYear(bodyCode, fromYear, toYear,
                clock.instant(), bilateralState).stream().collect(Collectors.toMap(r -> r.state() + "/" + r.year(), Function.identity()));
        LocalDate today = today();
        List<ComplianceEntry> entries = new ArrayList<>();
        Map<String, Membership> memberships = notifications.stateMemberships(bodyCode);
        for (String state : states) {
            // A state owes an annual submission only if it took part in the body on its due day.
            Predicate<LocalDate> owed = day -> PriorNotifications.tookPartOn(memberships.get(state), day);
            for (int year = fromYear; year <= toYear; year++) {
                entries.add(exchange(state, year, history.exchangeDue(year).filter(owed), submitted.get(state + "/" + year),
                        today));
            }
            for (int year = fromYear; year <= toYear; year++) {
                boolean tookPart = owed.test(LocalDate.of(year, 1, 1)) || owed.test(LocalDate.of(year, 12, 31));
                entries.add(notification(state, year, history, tookPart, notified.get(state + "/" + year)));
            }
            for (int year = fromYear; year <= toYear; year++) {
                ComplianceEntry calendar = exchange(state, year, history.calendarDue(year).filter(owed),
                        calendars.get(state + "/" + year), today);
                entries.add(new ComplianceEntry(state, Measure.ANNUAL_CALENDAR, year, calendar.status(),
                        calendar.dueOn(), calendar.daysLate(), calendar.submissions(), calendar.lateSubmissions()));
            }
            for (int year = fromYear; year <= toYear; year++) {
                entries.add(replies(state, year, replies.get(state + "/" + year)));
            }
        }
        entries.sort(Comparator.comparing(ComplianceEntry::state).thenComparing(ComplianceEntry::measure)
                .thenComparingInt(ComplianceEntry::year));
        return entries;
    }

    private static ComplianceEntry exchange(String state, int year, Optional<LocalDate> due,
            @Nullable YearOfExchanges submitted, LocalDate today) {
        if (due.isEmpty()) {
            return new ComplianceEntry(state, Measure.ANNUAL_EXCHANGE, year,
                    submitted == null ? ComplianceStatus.NOT_REQUIRED : ComplianceStatus.ON_TIME, null, 0,
                    submitted == null ? 0 : submitted.versions(), 0);
        }
        if (submitted == null) {
            return new ComplianceEntry(state, Measure.ANNUAL_EXCHANGE, year,
                    due.get().isBefore(today) ? ComplianceStatus.MISSING : ComplianceStatus.PENDING, due.get(), 0, 0, 0);
        }
        boolean late = submitted.daysLate() > 0;
        return new ComplianceEntry(state, Measure.ANNUAL_EXCHANGE, year,
                late ? ComplianceStatus.LATE : ComplianceStatus.ON_TIME, due.get(), submitted.daysLate(),
                submitted.versions(), late ? 1 : 0);
    }

    /** @param tookPart whether the state took part in the body at the start or the end of the year */
    private static ComplianceEntry notification(String state, int year, RegimeHistory history, boolean tookPart,
            @Nullable YearOfNotifications notified) {
        boolean inForce = tookPart && history.versions().stream()
                .anyMatch(v -> v.rules().inForce(Measure.PRIOR_NOTIFICATION) && v.effectiveFrom().getYear() <= year);
        if (notified == null) {
            return new ComplianceEntry(state, Measure.PRIOR_NOTIFICATION, year,
                    inForce ? ComplianceStatus.ON_TIME : ComplianceStatus.NOT_REQUIRED, null, 0, 0, 0);
        }
        return new ComplianceEntry(state, Measure.PRIOR_NOTIFICATION, year,
                notified.late() > 0 ? ComplianceStatus.LATE : ComplianceStatus.ON_TIME, null, notified.mostDaysLate(),
                notified.notified(), notified.late());
    }

    /**
     * The requests and incident reports the state received in the year: missing when one is
     * unanswered past its deadline, late when one was answered late, pending while one awaits
     * its answer, on time when all were answered in time; not required when it received none.
     */
    private static ComplianceEntry replies(String state, int year, @Nullable YearOfReplies received) {
        if (received == null) {
            return new ComplianceEntry(state, Measure.RISK_REDUCTION, year, ComplianceStatus.NOT_REQUIRED, null, 0, 0, 0);
        }
        ComplianceStatus status = received.overdue() > 0 ? ComplianceStatus.MISSING
                : received.answeredLate() > 0 ? ComplianceStatus.LATE
                : received.unanswered() > 0 ? ComplianceStatus.PENDING : ComplianceStatus.ON_TIME;
        return new ComplianceEntry(state, Measure.RISK_REDUCTION, year, status, null, received.mostDaysLate(),
                received.answered(), received.answeredLate(), received.unanswered());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
