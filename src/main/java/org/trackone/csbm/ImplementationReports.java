package org.trackone.csbm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
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
 * everything in it already, and its public part for everyone when the body's record rule
 * is public.
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
     * The report of one year, as the reader may read it. The secretariat and the delegates
     * of participating states read all of it, incident reports and hotline messages only
     * between their own state and another (the secretariat all of them). Anyone else,
     * signed in or not (username null), reads the report of a body whose record rule is
     * public without anything that stays with the states concerned: no requests, incident
     * reports or hotline messages, nor the compliance of risk reduction that counts them
     * (see {@link ImplementationReport#publicPart()}).
     *
     * @throws AccessDeniedException for a reader outside the states of a body whose record rule is not public
     * @throws RuleViolation naming {@code year} when it is before the first year of the regime's
     *     records or after next year
     */
    @Transactional(readOnly = true)
    public ImplementationReport report(String bodyCode, int year, @Nullable String username) {
        Body body = framework.body(bodyCode);
        boolean statesCircle = username != null && delegates.mayRead(bodyCode, username);
        if (!statesCircle && !delegates.mayReadSubmitted(bodyCode, username)) {
            throw new AccessDeniedException("Only the secretariat and the participating states read the report, "
                    + "unless the body's record rule is public.");
        }
        if (year < AnnualExchanges.FIRST_YEAR || year > compliance.defaultTo()) {
            throw new RuleViolation("year", "csbm.year.range", AnnualExchanges.FIRST_YEAR, compliance.defaultTo());
        }
        // Incident reports and hotline messages are bilateral: a state's delegate sees its own.
        String reader = statesCircle ? delegates.bilateralReader(bodyCode, username) : null;
        List<ComplianceEntry> entries = statesCircle ? compliance.seenBy(bodyCode, year, year, reader)
                : Compliance.publicPart(compliance.of(bodyCode, year, year));
        Map<String, String> states = new LinkedHashMap<>();
        for (String state : notifications.participatingStates(bodyCode)) {
            states.put(state, framework.findParticipant(state).map(Participant::name).orElse(state));
        }
        List<RiskReductionRequest> openRequests = List.of();
        List<HazardousIncident> openIncidents = List.of();
        List<HotlineMessage> escalated = List.of();
        if (statesCircle) {
            openRequests = requestRepository.ofBody(bodyCode).stream()
                    .filter(r -> r.reply() == null && yearOf(r.askedAt()) == year).toList();
            openIncidents = incidentRepository.ofBody(bodyCode).stream()
                    .filter(i -> i.reply() == null && yearOf(i.reportedAt()) == year)
                    .filter(i -> StateDelegates.readsBilateral(reader, i.reportingState(), i.otherState()))
                    .toList();
            escalated = hotlineRepository.ofBody(bodyCode, reader, true).stream()
                    .filter(m -> yearOf(m.sentAt()) == year).toList();
        }
        return new ImplementationReport(bodyCode, body.name(), year, clock.instant(),
                regimes.history(bodyCode).inForceOn(LocalDate.of(year, 1, 1)).orElse(null), states, entries,
                entries.stream().filter(ComplianceEntry::failing).toList(),
                notificationRepository.summariesOfYear(bodyCode, year), !statesCircle, openRequests, openIncidents,
                escalated);
    }

    private static int yearOf(java.time.Instant at) {
        return at.atZone(ZoneOffset.UTC).getYear();
    }
}
