package org.trackone.csbm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.trackone.DataFiles;
import org.trackone.csbm.NotificationRequest.Coordinates;
import org.trackone.csbm.internal.RegimeRepository;

/**
 * Loads the illustrative risk-reduction demonstration ({@code csbm/demo-risk-reduction.yaml}):
 * invented consultations on unusual military activity (one through to the meeting held),
 * hazardous incident reports and
 * hotline messages between the demonstration body's participating states, some answered
 * late and some not at all, each recorded through the same rules as a real one at the time
 * the file names, by the state's demo foreign-ministry account. Every text says it is
 * illustrative. Called by {@link RegimeDemonstration} after the submissions, once.
 */
@Component
class RiskReductionDemonstration {

    static final String SOURCE = "csbm/demo-risk-reduction.yaml";
    /** How long after a meeting the requesting state records it. */
    private static final Duration RECORDED_AFTER = Duration.ofHours(2);
    private static final Logger log = LoggerFactory.getLogger(RiskReductionDemonstration.class);

    private final RiskReduction requests;
    private final HazardousIncidents incidents;
    private final Hotline hotline;
    private final RegimeRepository repository;

    RiskReductionDemonstration(RiskReduction requests, HazardousIncidents incidents, Hotline hotline,
            RegimeRepository repository) {
        this.requests = requests;
        this.incidents = incidents;
        this.hotline = hotline;
        this.repository = repository;
    }

    /** Loads the file unless it was loaded before; runs inside the caller's transaction. */
    void load() {
        if (!repository.markDemoLoaded(SOURCE)) {
            return;
        }
        DemoFile file = DataFiles.read(SOURCE, DemoFile.class);
        Instant now = Instant.now();
        for (RequestEntry entry : file.requests()) {
            if (entry.askedAt().isAfter(now)) {
                continue;
            }
            RiskReductionRequest asked = requests.record(file.body(), new RequestInput(RequestKind.UNUSUAL_ACTIVITY,
                    entry.to(), null, null, file.label() + " Please explain the activity near our border.", null),
                    entry.from(), actor(entry.from()), entry.askedAt());
            if (entry.repliedAt() != null && !entry.repliedAt().isAfter(now)) {
                asked = requests.recordReply(asked.id(), file.label() + " A readiness check, now ended.",
                        actor(entry.to()), entry.repliedAt());
                if (entry.meeting() != null && entry.meetingAskedAt() != null) {
                    asked = requests.recordMeeting(asked, entry.meeting(), actor(entry.from()), entry.meetingAskedAt());
                    if (entry.meetingHeldAt() != null && entry.meetingPlace() != null
                            && !entry.meetingHeldAt().plus(RECORDED_AFTER).isAfter(now)) {
                        requests.recordHeld(asked, new MeetingRecordInput(entry.meetingHeldAt(),
                                entry.meetingPlace(), null,
                                file.label() + " Both delegations reviewed the activity; no further steps are needed."),
                                entry.from(), actor(entry.from()), entry.meetingHeldAt().plus(RECORDED_AFTER));
                    }
                }
            }
        }
        for (IncidentEntry entry : file.incidents()) {
            if (entry.reportedAt().isAfter(now)) {
                continue;
            }
            HazardousIncident reported = incidents.record(file.body(), new IncidentReport(entry.to(),
                    entry.environment(), entry.occurredAt(), entry.position(), entry.unitsInvolved(),
                    entry.closestApproachMetres(), file.label() + " One unit crossed the other's course at close range."),
                    entry.from(), actor(entry.from()), entry.reportedAt());
            if (entry.repliedAt() != null && !entry.repliedAt().isAfter(now)) {
                incidents.recordReply(reported, file.label() + " Our unit kept to the agreed rules.",
                        actor(entry.to()), entry.repliedAt());
            }
        }
        for (HotlineEntry entry : file.hotline()) {
            if (entry.sentAt().isAfter(now)) {
                continue;
            }
            HotlineMessage sent = hotline.record(file.body(), new HotlineMessageInput(entry.to(),
                    file.label() + " Please confirm at once that you receive this message."), entry.from(),
                    actor(entry.from()), entry.sentAt());
            if (entry.acknowledgedAt() != null && !entry.acknowledgedAt().isAfter(now)) {
                hotline.acknowledge(sent.id(), entry.to(), actor(entry.to()), entry.acknowledgedAt());
            }
        }
        log.info("Loaded the illustrative risk-reduction demonstration: {} requests, {} incidents, {} hotline messages",
                file.requests().size(), file.incidents().size(), file.hotline().size());
    }

    private static String actor(String state) {
        return state.toLowerCase(Locale.ROOT) + "-foreign";
    }

    record DemoFile(String body, String label, List<RequestEntry> requests, List<IncidentEntry> incidents,
            List<HotlineEntry> hotline) {
    }

    record RequestEntry(String from, String to, Instant askedAt, @Nullable Instant repliedAt,
            @Nullable MeetingScope meeting, @Nullable Instant meetingAskedAt, @Nullable Instant meetingHeldAt,
            @Nullable String meetingPlace) {
    }

    record IncidentEntry(String from, String to, IncidentEnvironment environment, Instant occurredAt,
            Instant reportedAt, Coordinates position, String unitsInvolved, int closestApproachMetres,
            @Nullable Instant repliedAt) {
    }

    record HotlineEntry(String from, String to, Instant sentAt, @Nullable Instant acknowledgedAt) {
    }
}
