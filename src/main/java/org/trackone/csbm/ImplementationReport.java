package org.trackone.csbm;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A year of the regime's implementation, for the participating states' annual assessment
 * meeting: the rules in force, each state's compliance by measure, the activities notified,
 * what was late or missing, and the requests, incident reports and hotline messages still
 * open.
 *
 * @param rules the version of the rules in force on the report's 1 January, if any
 * @param states the participating states, code to name, in the order of their codes
 * @param compliance each state's compliance with each measure in the year
 * @param failings the compliance entries late or missing
 * @param notifications the activities notified that start in the year
 * @param publicPart whether the report was compiled for a reader outside the states of a body whose
 *     record rule is public: then it holds no requests, incident reports or hotline messages, which stay
 *     with the states concerned and the secretariat
 * @param openRequests the requests asked in the year that have no reply
 * @param openIncidents the incident reports of the year that have no reply
 * @param escalatedHotlineMessages the hotline messages of the year escalated to the secretariat
 */
public record ImplementationReport(String bodyCode, String bodyName, int year, Instant compiledAt,
        @Nullable RuleSetVersion rules, Map<String, String> states, List<ComplianceEntry> compliance,
        List<ComplianceEntry> failings, List<NotificationSummary> notifications, boolean publicPart,
        List<RiskReductionRequest> openRequests, List<HazardousIncident> openIncidents,
        List<HotlineMessage> escalatedHotlineMessages) {

    /** The state's entries, by measure. */
    public List<ComplianceEntry> complianceOf(String state) {
        return compliance.stream().filter(e -> e.state().equals(state)).toList();
    }

    /** How many of the state's obligations of the year were late or missing. */
    public long failingsOf(String state) {
        return failings.stream().filter(e -> e.state().equals(state)).count();
    }
}
