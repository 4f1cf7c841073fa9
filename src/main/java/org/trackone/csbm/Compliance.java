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
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.RuleViolation;
import org.trackone.csbm.internal.ExchangeRepository;
import org.trackone.csbm.internal.NotificationRepository;

/**
 * Each participating state's compliance, by measure and year: the annual exchange on
 * time, late (by how much) or missing against its due day; prior notifications made in
 * time or late (by how much), under the verdict each received.
 */
@Service
public class Compliance {

    public static final int MAX_YEARS = 30;

    private final Regimes regimes;
    private final PriorNotifications notifications;
    private final ExchangeRepository exchanges;
    private final NotificationRepository notificationRepository;
    private final Clock clock = Clock.systemUTC();

    Compliance(Regimes regimes, PriorNotifications notifications, ExchangeRepository exchanges,
            NotificationRepository notificationRepository) {
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
     * The compliance for a reader: the secretariat or a delegate of a participating state.
     * Years left out are the last five and the next.
     *
     * @throws AccessDeniedException for anyone else
     */
    @Transactional(readOnly = true)
    public List<ComplianceEntry> of(String bodyCode, @Nullable Integer fromYear, @Nullable Integer toYear,
            String username) {
        regimes.history(bodyCode);
        if (!notifications.mayRead(bodyCode, username)) {
            throw new AccessDeniedException("Only the secretariat and the participating states see compliance.");
        }
        return of(bodyCode, fromYear == null ? defaultFrom() : fromYear, toYear == null ? defaultTo() : toYear);
    }

    /**
     * The compliance of every participating state of the body for the years asked, by
     * state, then measure, then year.
     */
    @Transactional(readOnly = true)
    public List<ComplianceEntry> of(String bodyCode, int fromYear, int toYear) {
        if (fromYear < AnnualExchanges.FIRST_YEAR || fromYear > defaultTo()) {
            throw new RuleViolation("from", "csbm.year.range", AnnualExchanges.FIRST_YEAR, defaultTo());
        }
        if (toYear < fromYear || toYear > defaultTo() || toYear - fromYear >= MAX_YEARS) {
            throw new RuleViolation("to", "csbm.compliance.toRange", fromYear, Math.min(defaultTo(), fromYear + MAX_YEARS - 1));
        }
        RegimeHistory history = regimes.history(bodyCode);
        List<String> states = notifications.participatingStates(bodyCode);
        Map<String, InformationExchange> firstExchanges = exchanges.firstVersions(bodyCode).stream()
                .collect(Collectors.toMap(e -> e.state() + "/" + e.year(), Function.identity()));
        Map<String, Long> versions = exchanges.latest(bodyCode).stream()
                .collect(Collectors.toMap(e -> e.state() + "/" + e.year(), e -> (long) e.version()));
        Map<String, List<PriorNotification>> notified = notificationRepository.ofBody(bodyCode).stream()
                .filter(n -> n.verdict().notifiable())
                .collect(Collectors.groupingBy(n -> n.state() + "/" + year(n)));
        LocalDate today = today();
        List<ComplianceEntry> entries = new ArrayList<>();
        for (String state : states) {
            for (int year = fromYear; year <= toYear; year++) {
                entries.add(exchange(state, year, history.exchangeDue(year), firstExchanges.get(state + "/" + year),
                        versions.getOrDefault(state + "/" + year, 0L).intValue(), today));
            }
            for (int year = fromYear; year <= toYear; year++) {
                entries.add(notification(state, year, history, notified.getOrDefault(state + "/" + year, List.of())));
            }
        }
        entries.sort(Comparator.comparing(ComplianceEntry::state).thenComparing(ComplianceEntry::measure)
                .thenComparingInt(ComplianceEntry::year));
        return entries;
    }

    private static ComplianceEntry exchange(String state, int year, Optional<LocalDate> due,
            InformationExchange first, int versions, LocalDate today) {
        if (due.isEmpty()) {
            return new ComplianceEntry(state, Measure.ANNUAL_EXCHANGE, year,
                    first == null ? ComplianceStatus.NOT_REQUIRED : ComplianceStatus.ON_TIME, null, 0, versions, 0);
        }
        if (first == null) {
            return new ComplianceEntry(state, Measure.ANNUAL_EXCHANGE, year,
                    due.get().isBefore(today) ? ComplianceStatus.MISSING : ComplianceStatus.PENDING, due.get(), 0, 0, 0);
        }
        return new ComplianceEntry(state, Measure.ANNUAL_EXCHANGE, year,
                first.daysLate() > 0 ? ComplianceStatus.LATE : ComplianceStatus.ON_TIME, due.get(), first.daysLate(),
                versions, first.daysLate() > 0 ? 1 : 0);
    }

    private static ComplianceEntry notification(String state, int year, RegimeHistory history,
            List<PriorNotification> notifiable) {
        boolean inForce = history.versions().stream().anyMatch(v -> v.rules().inForce(Measure.PRIOR_NOTIFICATION)
                && v.effectiveFrom().getYear() <= year);
        if (notifiable.isEmpty()) {
            return new ComplianceEntry(state, Measure.PRIOR_NOTIFICATION, year,
                    inForce ? ComplianceStatus.ON_TIME : ComplianceStatus.NOT_REQUIRED, null, 0, 0, 0);
        }
        long late = notifiable.stream().filter(n -> n.verdict().late()).count();
        long most = notifiable.stream().mapToLong(n -> n.verdict().late() ? n.verdict().daysLate() : 0).max().orElse(0);
        return new ComplianceEntry(state, Measure.PRIOR_NOTIFICATION, year,
                late > 0 ? ComplianceStatus.LATE : ComplianceStatus.ON_TIME, null, most, notifiable.size(), (int) late);
    }

    private static int year(PriorNotification notification) {
        return notification.activity().startsOn().getYear();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
