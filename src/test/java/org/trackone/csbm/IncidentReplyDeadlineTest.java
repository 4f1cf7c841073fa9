package org.trackone.csbm;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.csbm.NotificationRequest.Coordinates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reply to a hazardous incident report is due the hours of the rules in force when it
 * was reported after it; late and overdue replies show on the pages, in the API and in
 * compliance. Under rules stored before incident reports had a reply time, nothing is due,
 * and the pages say so.
 */
@IntegrationTest
class IncidentReplyDeadlineTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired HazardousIncidents incidents;
    @Autowired Compliance compliance;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    static IncidentReport report(String otherState, Instant occurredAt) {
        return new IncidentReport(otherState, IncidentEnvironment.IN_THE_AIR, occurredAt, new Coordinates(35.0, 124.5),
                "Two fighter aircraft.", 300, "An intercept closer than the agreed distance.");
    }

    private ComplianceEntry replies(String body, String state, int year) {
        return compliance.of(body, year, year).stream()
                .filter(e -> e.state().equals(state) && e.measure() == Measure.RISK_REDUCTION).findFirst().orElseThrow();
    }

    @Test
    void anUnansweredReportIsOverdueAfterItsHoursAndALateReplyShowsAsLate() {
        String body = DeadlineBodies.full(context, "CSBM-INCIDENT-DUE");
        Instant reportedAt = Instant.now().minus(Duration.ofHours(60)).truncatedTo(ChronoUnit.SECONDS);
        int year = reportedAt.atZone(ZoneOffset.UTC).getYear();
        HazardousIncident incident = incidents.record(body, report("JPN", reportedAt.minus(Duration.ofHours(2))),
                "KOR", "kor-defence", reportedAt);
        assertThat(incident.replyDue()).isEqualTo(reportedAt.plus(Duration.ofHours(48)));
        assertThat(incident.ruleSetVersion()).isEqualTo(1);

        JsonNode read = calls().get("/api/v1/csbm/incidents/" + incident.id(), CsbmCalls.delegate("jpn-foreign"))
                .hasStatus(200).json();
        assertThat(read.path("replyDue").asString()).isEqualTo(reportedAt.plus(Duration.ofHours(48)).toString());
        assertThat(read.path("replyOverdue").asBoolean()).isTrue();
        assertThat(read.path("repliedLate").asBoolean()).isFalse();
        assertThat(calls().get("/csbm/incidents/" + incident.id(), CsbmCalls.delegate("jpn-foreign")).text())
                .contains("id=\"reply-due\"").contains("version 1 of the rules").contains(">overdue<");
        assertThat(calls().get("/csbm/" + body + "/incidents", CsbmCalls.secretariat()).text())
                .contains(">overdue<").doesNotContain("id=\"no-reply-time\"");
        assertThat(replies(body, "JPN", year).status()).isEqualTo(ComplianceStatus.MISSING);

        JsonNode answered = calls().post("/api/v1/csbm/incidents/" + incident.id() + "/reply",
                "{\"answer\": \"Our pilots kept their distance.\"}", CsbmCalls.delegate("jpn-foreign")).hasStatus(200).json();
        assertThat(answered.path("repliedLate").asBoolean()).isTrue();
        assertThat(answered.path("replyOverdue").asBoolean()).isFalse();
        assertThat(calls().get("/csbm/incidents/" + incident.id(), CsbmCalls.delegate("kor-foreign")).text())
                .contains(">replied late<");
        ComplianceEntry late = replies(body, "JPN", year);
        assertThat(late.status()).isEqualTo(ComplianceStatus.LATE);
        assertThat(late.lateSubmissions()).isEqualTo(1);
        assertThat(late.daysLate()).isEqualTo(1);
    }

    /**
     * The hours are those of the version in force on the day (UTC) a report was made: a
     * report half an hour before a new version takes effect keeps the old hours, one half an
     * hour after gets the new.
     */
    @Test
    void theVersionInForceOnTheDayOfTheReportSetsItsHours() {
        String body = DeadlineBodies.full(context, "CSBM-INCIDENT-VERSIONS");
        ObjectNode rules = CsbmCalls.JSON.valueToTree(DeadlineBodies.fullRules());
        rules.put("incidentReplyHours", 24);
        context.getBean(Regimes.class).adopt(body, CsbmCalls.JSON.treeToValue(rules, RuleSet.class),
                LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 1), Instant.parse("2024-12-01T10:00:00Z"), "secretariat");
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        for (var reported : Map.of(Instant.parse("2024-12-31T23:30:00Z"), 1,
                Instant.parse("2025-01-01T00:30:00Z"), 2).entrySet()) {
            long id = jdbc.sql("""
                    insert into csbm_incident (body_code, reporting_state, other_state, environment, occurred_at, latitude,
                        longitude, units_involved, closest_approach_metres, what_happened, reported_by, reported_at)
                    values (?, 'KOR', 'JPN', 'AT_SEA', ?, 35, 125, 'Two ships.', 400, 'A close pass.', 'kor-defence', ?)
                    returning id""").params(body, Timestamp.from(reported.getKey().minusSeconds(3600)),
                    Timestamp.from(reported.getKey())).query(Long.class).single();
            var due = jdbc.sql("select rule_set_version, reply_due from csbm_incident_reply_due where incident_id = ?")
                    .param(id).query((rs, n) -> List.of(rs.getInt(1), rs.getTimestamp(2).toInstant())).single();
            int version = reported.getValue();
            assertThat(due.get(0)).as("version for %s", reported.getKey()).isEqualTo(version);
            assertThat(due.get(1)).isEqualTo(reported.getKey().plus(Duration.ofHours(version == 1 ? 48 : 24)));
        }
    }

    @Test
    void aReplyWithinTheHoursIsOnTime() {
        String body = DeadlineBodies.full(context, "CSBM-INCIDENT-ON-TIME");
        Instant reportedAt = Instant.now().minus(Duration.ofHours(10)).truncatedTo(ChronoUnit.SECONDS);
        HazardousIncident incident = incidents.record(body, report("CHN", reportedAt.minus(Duration.ofHours(1))),
                "JPN", "jpn-defence", reportedAt);
        assertThat(incident.overdue(Instant.now())).isFalse();
        assertThat(replies(body, "CHN", reportedAt.atZone(ZoneOffset.UTC).getYear()).status())
                .isEqualTo(ComplianceStatus.PENDING);
        HazardousIncident answered = incidents.reply(incident.id(), "We regret the incident.", "chn-foreign");
        assertThat(answered.repliedLate()).isFalse();
        assertThat(replies(body, "CHN", reportedAt.atZone(ZoneOffset.UTC).getYear()).status())
                .isEqualTo(ComplianceStatus.ON_TIME);
    }

    @Test
    void underRulesStoredBeforeIncidentRepliesHadATimeNothingIsDueAndThePagesSaySo() {
        String body = DeadlineBodies.oldRules(context, "CSBM-INCIDENT-OLD");
        Instant reportedAt = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        HazardousIncident incident = incidents.record(body, report("KOR", reportedAt.minus(Duration.ofHours(1))),
                "CHN", "chn-defence", reportedAt);
        assertThat(incident.replyDue()).isNull();
        assertThat(incident.overdue(Instant.now())).isFalse();
        assertThat(replies(body, "KOR", reportedAt.atZone(ZoneOffset.UTC).getYear()).status())
                .isEqualTo(ComplianceStatus.PENDING);
        assertThat(calls().get("/api/v1/csbm/incidents/" + incident.id(), CsbmCalls.secretariat()).json()
                .path("replyOverdue").asBoolean()).isFalse();
        assertThat(calls().get("/csbm/incidents/" + incident.id(), CsbmCalls.delegate("kor-foreign")).text())
                .contains("no reply time: the rules in force when it was reported set none");
        assertThat(calls().get("/csbm/" + body + "/incidents", CsbmCalls.delegate("kor-foreign")).text())
                .contains("id=\"no-reply-time\"").contains("Version 1 of the rules, in force now, sets no reply time");
        assertThat(calls().get("/csbm/" + body + "/rules", CsbmCalls.secretariat()).text())
                .contains("this version sets no reply time: no incident report is due until the members adopt a "
                        + "version that does")
                .contains("this version sets no acknowledgement time: no message is escalated until the members "
                        + "adopt a version that does");
    }
}
