package org.trackone.csbm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.trackone.DataFiles;
import org.trackone.csbm.NotificationRequest.Coordinates;
import org.trackone.csbm.internal.RegimeRepository;

/**
 * Loads the illustrative demonstration submissions ({@code csbm/demo-submissions.yaml}):
 * invented exchanges and notifications of the demonstration body's participating states,
 * some late and some missing, each recorded through the same rules as a real one on the
 * day the file names, by the state's demo defence account. Every item says it is
 * illustrative. Called by {@link RegimeDemonstration} after the rule sets, once.
 */
@Component
class SubmissionDemonstration {

    static final String SOURCE = "csbm/demo-submissions.yaml";
    private static final Logger log = LoggerFactory.getLogger(SubmissionDemonstration.class);

    private final PriorNotifications notifications;
    private final AnnualExchanges exchanges;
    private final RegimeRepository repository;
    private final AnnualCalendars calendars;

    SubmissionDemonstration(PriorNotifications notifications, AnnualExchanges exchanges, RegimeRepository repository,
            AnnualCalendars calendars) {
        this.calendars = calendars;
        this.notifications = notifications;
        this.exchanges = exchanges;
        this.repository = repository;
    }

    /** Loads the file unless it was loaded before; runs inside the caller's transaction. */
    void load() {
        if (!repository.markDemoLoaded(SOURCE)) {
            return;
        }
        DemoFile file = read();
        Instant now = Instant.now();
        int exchangeCount = 0;
        for (ExchangeEntry entry : file.exchanges()) {
            Instant at = noon(entry.submittedOn());
            if (at.isAfter(now)) {
                continue;
            }
            MilitaryInformation base = file.baseExchanges().get(entry.state());
            exchanges.record(file.body(), entry.state(), entry.year(), scaled(base, entry.scalePercent(), file.label()),
                    entry.corrects(), actor(entry.state()), at);
            exchangeCount++;
        }
        for (CalendarFileEntry entry : file.calendars()) {
            Instant at = noon(entry.submittedOn());
            if (!at.isAfter(now)) {
                calendars.record(file.body(), entry.state(), entry.year(), new ArrayList<>(entry.entries()), null,
                        actor(entry.state()), at);
            }
        }
        long previous = 0;
        int notificationCount = 0;
        for (NotificationEntry entry : file.notifications()) {
            Instant at = noon(entry.submittedOn());
            if (at.isAfter(now)) {
                continue;
            }
            ActivityEntry a = entry.activity();
            NotificationRequest request = new NotificationRequest(entry.state(), a.type(), a.startsOn(), a.endsOn(),
                    new ArrayList<>(a.area()), new EnumMap<>(a.forces()),
                    Boolean.TRUE.equals(entry.linkedToPrevious()) ? List.of(previous) : List.of(), file.label());
            PriorNotification sent = notifications.record(file.body(), request, actor(entry.state()), null, at)
                    .notification();
            previous = sent.id();
            if (entry.acknowledged() != null) {
                entry.acknowledged().forEach((state, day) -> notifications.acknowledge(sent.id(), state,
                        actor(state), noon(day).isBefore(at) ? at : noon(day)));
            }
            notificationCount++;
        }
        log.info("Loaded the illustrative demonstration submissions: {} exchanges, {} notifications", exchangeCount,
                notificationCount);
    }

    private static MilitaryInformation scaled(MilitaryInformation base, int percent, String label) {
        MilitaryExpenditure budget = base.budget();
        Map<ExpenditureCategory, Map<ArmedService, Long>> matrix = null;
        if (budget.matrix() != null) {
            matrix = new EnumMap<>(ExpenditureCategory.class);
            for (var row : budget.matrix().entrySet()) {
                Map<ArmedService, Long> cells = new EnumMap<>(ArmedService.class);
                row.getValue().forEach((service, amount) -> cells.put(service, amount * percent / 100));
                matrix.put(row.getKey(), cells);
            }
        }
        Map<ExpenditureCategory, Long> simplified = null;
        if (budget.simplified() != null) {
            simplified = new EnumMap<>(ExpenditureCategory.class);
            for (var row : budget.simplified().entrySet()) {
                simplified.put(row.getKey(), row.getValue() * percent / 100);
            }
        }
        List<Formation> forces = base.forces().stream().map(f -> new Formation(f.name(), f.level(), f.location(),
                f.personnel() * percent / 100, f.equipment())).toList();
        return new MilitaryInformation(new MilitaryExpenditure(budget.form(), budget.currency(), matrix, simplified),
                forces, new DefencePlanning(label, List.of()));
    }

    private static String actor(String state) {
        return state.toLowerCase(Locale.ROOT) + "-defence";
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    static DemoFile read() {
        return DataFiles.read(SOURCE, DemoFile.class);
    }

    record DemoFile(String body, String label, Map<String, MilitaryInformation> baseExchanges,
            List<ExchangeEntry> exchanges, List<CalendarFileEntry> calendars, List<NotificationEntry> notifications) {
    }

    record CalendarFileEntry(String state, int year, LocalDate submittedOn, List<CalendarEntry> entries) {
    }

    record ExchangeEntry(String state, int year, LocalDate submittedOn, int scalePercent, @Nullable Integer corrects) {
    }

    record NotificationEntry(String state, LocalDate submittedOn, ActivityEntry activity,
            @Nullable Map<String, LocalDate> acknowledged, @Nullable Boolean linkedToPrevious) {
    }

    record ActivityEntry(ActivityType type, LocalDate startsOn, LocalDate endsOn, Map<Force, Integer> forces,
            List<Coordinates> area) {
    }
}
