package org.trackone.csbm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.csbm.NotificationRequest.Coordinates;
import tools.jackson.databind.JsonNode;

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
