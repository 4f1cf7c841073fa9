package org.trackone.csbm;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.csbm.NotificationRequest.Coordinates;
import org.trackone.csbm.internal.IncidentRepository;

/**
 * Hazardous incidents at sea or in the air: a delegate of either ministry reports one for
 * its own state about an incident with another participating state; the report is
 * delivered to that state's inbox, which acknowledges it and replies once. The
 * secretariat and every participating state read them.
 */
@Service
public class HazardousIncidents {

    public static final int MAX_UNITS = 2000;
    public static final int MAX_TEXT = 10_000;

    private final IncidentRepository repository;
    private final Inboxes inbox;
    private final StateDelegates delegates;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    HazardousIncidents(IncidentRepository repository, Inboxes inbox, StateDelegates delegates,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.inbox = inbox;
        this.delegates = delegates;
        this.events = events;
    }

    /**
     * Reports an incident for the delegate's own state and delivers it to the other state.
     *
     * @throws AccessDeniedException unless the account is a delegate of a participating state
     * @throws RuleViolation naming the field at fault; nothing is written then
     */
    @Transactional
    public HazardousIncident report(String bodyCode, IncidentReport report, String username) {
        return record(bodyCode, report, delegates.state(bodyCode, username), username, clock.instant());
    }

    /** Records a report of {@code state} by {@code username}, whose right to act for it is checked or given. */
    @Transactional
    HazardousIncident record(String bodyCode, IncidentReport report, String state, String username, Instant now) {
        String other = Texts.required("otherState", report.otherState());
        delegates.requireParticipating(bodyCode, "otherState", other);
        if (other.equals(state)) {
            throw new RuleViolation("otherState", "csbm.request.ownState");
        }
        IncidentEnvironment environment = Texts.required("environment", report.environment());
        Instant occurredAt = Texts.required("occurredAt", report.occurredAt());
        if (occurredAt.isAfter(now)) {
            throw new RuleViolation("occurredAt", "csbm.incident.future");
        }
        if (occurredAt.atZone(java.time.ZoneOffset.UTC).getYear() < PriorNotifications.FIRST_YEAR) {
            throw new RuleViolation("occurredAt", "csbm.year.range", PriorNotifications.FIRST_YEAR,
                    PriorNotifications.LAST_YEAR);
        }
        Point position = position(report.position());
        String units = Texts.requiredText("unitsInvolved", report.unitsInvolved(), MAX_UNITS);
        int closest = Quantities.count("closestApproachMetres", report.closestApproachMetres());
        String what = Texts.requiredText("whatHappened", report.whatHappened(), MAX_TEXT);
        long id = repository.insert(bodyCode, state, other, environment, occurredAt, position, units, closest, what,
                username, now);
        inbox.deliver(ItemKind.HAZARDOUS_INCIDENT, id, bodyCode, state, List.of(other), now);
        events.publishEvent(new HazardousIncidentReported(id, bodyCode, state, other, now));
        return find(id);
    }

    /** The addressed state acknowledges the report; its time is recorded, and the first stands. */
    @Transactional
    public HazardousIncident acknowledge(long id, String username) {
        HazardousIncident incident = find(id);
        String state = delegates.state(incident.bodyCode(), username);
        inbox.acknowledge(ItemKind.HAZARDOUS_INCIDENT, id, incident.deliveries(), state, username, clock.instant());
        return find(id);
    }

    /**
     * The addressed state's reply, once.
     *
     * @throws AccessDeniedException for any other state
     * @throws RuleViolation when the reply is empty, or the incident has one already
     */
    @Transactional
    public HazardousIncident reply(long id, @Nullable String answer, String username) {
        HazardousIncident incident = find(id);
        String state = delegates.state(incident.bodyCode(), username);
        if (!state.equals(incident.otherState())) {
            throw new AccessDeniedException("Only the state the report is addressed to replies.");
        }
        return recordReply(incident, answer, username, clock.instant());
    }

    /** Records the addressed state's reply by {@code username}, whose right to reply is checked or given. */
    @Transactional
    HazardousIncident recordReply(HazardousIncident incident, @Nullable String answer, String username, Instant now) {
        String text = Texts.requiredText("answer", answer, MAX_TEXT);
        if (incident.reply() != null || !repository.reply(incident.id(), text, username, now)) {
            throw new RuleViolation("answer", "csbm.incident.repliedOnce");
        }
        inbox.deliver(ItemKind.INCIDENT_REPLY, incident.id(), incident.bodyCode(), incident.otherState(),
                List.of(incident.reportingState()), now);
        return find(incident.id());
    }

    @Transactional(readOnly = true)
    public HazardousIncident incident(long id, String username) {
        HazardousIncident incident = find(id);
        if (!StateDelegates.readsBilateral(delegates.bilateralReader(incident.bodyCode(), username),
                incident.reportingState(), incident.otherState())) {
            throw new AccessDeniedException("Only the two states and the secretariat read an incident report.");
        }
        return incident;
    }

    /** The body's incident reports the reader may read: all for the secretariat, its own state's for a delegate. */
    @Transactional(readOnly = true)
    public List<HazardousIncident> ofBody(String bodyCode, String username) {
        String reader = delegates.bilateralReader(bodyCode, username);
        return repository.ofBody(bodyCode).stream()
                .filter(i -> StateDelegates.readsBilateral(reader, i.reportingState(), i.otherState())).toList();
    }

    HazardousIncident find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFound("incident report", id));
    }

    private static Point position(@Nullable Coordinates position) {
        Coordinates c = Texts.required("position", position);
        try {
            return new Point(Texts.required("position.latitude", c.latitude()),
                    Texts.required("position.longitude", c.longitude()));
        } catch (RuleViolation e) {
            throw e.field().startsWith("position") ? e
                    : new RuleViolation("position." + e.field(), e.messageCode(), e.arguments());
        }
    }
}
