package org.trackone.csbm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.RuleViolation;
import org.trackone.csbm.internal.HotlineRepository;
import org.trackone.csbm.internal.IncidentRepository;
import org.trackone.csbm.internal.NotificationRepository;
import org.trackone.csbm.internal.RequestRepository;
import org.trackone.framework.Body;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Participant;

/**
 * The annual implementation report of a body's regime, compiled from the record as it
 * stands: for the secretariat and the delegates of participating states, who read
 * everything in it already.
 */
@Service
public class ImplementationReports {

    private final Compliance compliance;
    private final Regimes regimes;
    private final PriorNotifications notifications;
    private final StateDelegates delegates;
    private final FrameworkDirectory framework;
    private final NotificationRepository notificationRepository;
    private final RequestRepository requestRepository;
    private final IncidentRepository incidentRepository;
    private final HotlineRepository hotlineRepository;
    private final Clock clock = Clock.systemUTC();

    ImplementationReports(Compliance compliance, Regimes regimes, PriorNotifications notifications,
            StateDelegates delegates, FrameworkDirectory framework, NotificationRepository notificationRepository,
            RequestRepository requestRepository, IncidentRepository incidentRepository,
            HotlineRepository hotlineRepository) {
        this.compliance = compliance;
        this.regimes = regimes;
        this.notifications = notifications;
        this.delegates = delegates;
        this.framework = framework;
        this.notificationRepository = notificationRepository;
        this.requestRepository = requestRepository;
        this.incidentRepository = incidentRepository;
        this.hotlineRepository = hotlineRepository;
    }

    /**
     * The report of one year.
     *
     * @throws RuleViolation naming {@code year} when it is before the first year of the regime's
     *     records or after next year
     */
    @Transactional(readOnly = true)
    public ImplementationReport report(String bodyCode, int year, String username) {
        Body body = framework.body(bodyCode);
        // Incident reports and hotline messages are bilateral: a state's delegate sees its own.
        String reader = delegates.bilateralReader(bodyCode, username);
        if (year < AnnualExchanges.FIRST_YEAR || year > compliance.defaultTo()) {
            throw new RuleViolation("year", "csbm.year.range", AnnualExchanges.FIRST_YEAR, compliance.defaultTo());
        }
        List<ComplianceEntry> entries = compliance.of(bodyCode, year, year);
        Map<String, String> states = new LinkedHashMap<>();
        for (String state : notifications.participatingStates(bodyCode)) {
            states.put(state, framework.findParticipant(state).map(Participant::name).orElse(state));
        }
        return new ImplementationReport(bodyCode, body.name(), year, clock.instant(),
                regimes.history(bodyCode).inForceOn(LocalDate.of(year, 1, 1)).orElse(null), states, entries,
                entries.stream().filter(ComplianceEntry::failing).toList(),
                notificationRepository.summariesOfYear(bodyCode, year),
                requestRepository.ofBody(bodyCode).stream()
                        .filter(r -> r.reply() == null && yearOf(r.askedAt()) == year).toList(),
                incidentRepository.ofBody(bodyCode).stream()
                        .filter(i -> i.reply() == null && yearOf(i.reportedAt()) == year)
                        .filter(i -> StateDelegates.readsBilateral(reader, i.reportingState(), i.otherState()))
                        .toList(),
                hotlineRepository.ofBody(bodyCode, reader, true).stream()
                        .filter(m -> yearOf(m.sentAt()) == year).toList());
    }

    private static int yearOf(java.time.Instant at) {
        return at.atZone(ZoneOffset.UTC).getYear();
    }
}
