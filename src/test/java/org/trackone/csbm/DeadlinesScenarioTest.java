package org.trackone.csbm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.HistoricalDate;
import org.trackone.framework.MembershipAction;
import org.trackone.framework.MembershipChangeRequest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state's deadlines in one place: its own annual exchange and calendar, replies to the
 * requests and incident reports addressed to it, acknowledgements of hotline messages sent
 * to it; each a reminder within its lead time before it and overdue after it, until met.
 * Through the API (a delegate its own state's, the secretariat any state's or the overdue
 * ones of all) and on the inbox, overview and annual exchange pages.
 */
@IntegrationTest
class DeadlinesScenarioTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired RiskReduction riskReduction;
    @Autowired HazardousIncidents incidents;
    @Autowired Hotline hotline;
    @Autowired AnnualExchanges exchanges;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    private static String api(String body) {
        return "/api/v1/csbm/bodies/" + body + "/deadlines";
    }

    private static List<JsonNode> deadlines(JsonNode answer, String kind) {
        return answer.valueStream().filter(d -> d.path("kind").asString().equals(kind)).toList();
    }

    private static JsonNode item(JsonNode answer, String kind, long id) {
        return answer.valueStream().filter(d -> d.path("kind").asString().equals(kind) && d.path("itemId").asLong() == id)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + id + " in " + answer));
    }

    private static boolean has(JsonNode answer, String kind, long id) {
        return answer.valueStream().anyMatch(d -> d.path("kind").asString().equals(kind) && d.path("itemId").asLong() == id);
    }

    @Test
    void repliesAndAcknowledgementsOwedAreRemindedBeforeTheyAreDueAndOverdueAfterUntilMet() {
        String body = DeadlineBodies.full(context, "CSBM-DEADLINES");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RequestInput unusual = new RequestInput(RequestKind.UNUSUAL_ACTIVITY, "KOR", null, null,
                "Why are armoured units gathering near the border?", null);
        // Asked 30 hours ago: due in 18 hours, inside the 24-hour lead. Asked 50 hours ago: overdue by 2 hours.
        // Asked now: due in 48 hours, not yet reminded.
        long soon = riskReduction.record(body, unusual, "JPN", "jpn-foreign", now.minus(Duration.ofHours(30))).id();
        long late = riskReduction.record(body, unusual, "CHN", "chn-foreign", now.minus(Duration.ofHours(50))).id();
        long fresh = riskReduction.record(body, unusual, "JPN", "jpn-foreign", now).id();
        long incident = incidents.record(body, IncidentReplyDeadlineTest.report("KOR",
                now.minus(Duration.ofHours(61))), "JPN", "jpn-defence", now.minus(Duration.ofHours(60))).id();
        // The hotline: due 30 minutes after sending, reminded from the moment it arrives.
        long unacknowledged = hotline.record(body, new HotlineMessageInput("KOR", "Please confirm receipt."), "CHN",
                "chn-foreign", now.minus(Duration.ofMinutes(40))).id();
        long arriving = hotline.record(body, new HotlineMessageInput("KOR", "A second message."), "CHN",
                "chn-foreign", now.minus(Duration.ofMinutes(5))).id();

        JsonNode korea = calls().get(api(body), CsbmCalls.delegate("kor-foreign")).hasStatus(200).json();
        JsonNode soonReply = item(korea, "UNUSUAL_ACTIVITY_REPLY", soon);
        assertThat(soonReply.path("stage").asString()).isEqualTo("REMINDER");
        assertThat(soonReply.path("fromState").asString()).isEqualTo("JPN");
        assertThat(soonReply.path("state").asString()).isEqualTo("KOR");
        assertThat(soonReply.path("due").asString()).isEqualTo(now.plus(Duration.ofHours(18)).toString());
        assertThat(soonReply.path("path").asString()).isEqualTo("/csbm/requests/" + soon);
        assertThat(item(korea, "UNUSUAL_ACTIVITY_REPLY", late).path("stage").asString()).isEqualTo("OVERDUE");
        assertThat(has(korea, "UNUSUAL_ACTIVITY_REPLY", fresh)).isFalse();
        assertThat(item(korea, "INCIDENT_REPLY", incident).path("stage").asString()).isEqualTo("OVERDUE");
        assertThat(item(korea, "HOTLINE_ACKNOWLEDGEMENT", unacknowledged).path("stage").asString()).isEqualTo("OVERDUE");
        assertThat(item(korea, "HOTLINE_ACKNOWLEDGEMENT", arriving).path("stage").asString()).isEqualTo("REMINDER");
        assertThat(korea.valueStream().map(d -> Instant.parse(d.path("due").asString())).toList())
                .as("most urgent first").isSorted();
        assertThat(korea.valueStream().allMatch(d -> d.path("state").asString().equals("KOR"))).isTrue();
        // Japan owes nothing to anyone here but its own annual submissions.
        JsonNode japan = calls().get(api(body), CsbmCalls.delegate("jpn-defence")).hasStatus(200).json();
        assertThat(japan.valueStream().allMatch(d -> d.path("kind").asString().startsWith("ANNUAL_"))).isTrue();

        // Who may ask
        calls().get(api(body) + "?state=JPN", CsbmCalls.delegate("kor-foreign")).hasStatus(403);
        calls().get(api(body), CsbmCalls.delegate("usa-foreign")).hasStatus(403);
        calls().get(api(body), CsbmCalls.observer()).hasStatus(403);
        calls().get(api(body) + "?state=USA", CsbmCalls.secretariat()).hasStatus(404);
        JsonNode asked = calls().get(api(body) + "?state=KOR", CsbmCalls.secretariat()).hasStatus(200).json();
        assertThat(asked.size()).isEqualTo(korea.size());
        JsonNode overdue = calls().get(api(body), CsbmCalls.secretariat()).hasStatus(200).json();
        assertThat(overdue.valueStream().allMatch(d -> d.path("stage").asString().equals("OVERDUE"))).isTrue();
        assertThat(has(overdue, "INCIDENT_REPLY", incident)).isTrue();
        assertThat(has(overdue, "HOTLINE_ACKNOWLEDGEMENT", arriving)).isFalse();
        assertThat(overdue.valueStream().map(d -> d.path("state").asString()).distinct().toList())
                .containsAnyOf("CHN", "JPN");

        // The pages: the inbox and the overview of the state's delegates, the secretariat's overview.
        String inbox = calls().get("/csbm/inbox", CsbmCalls.delegate("kor-foreign")).hasStatus(200).text();
        assertThat(inbox).contains("id=\"deadlines\"").contains("href=\"/csbm/incidents/" + incident + "\"")
                .contains("Reply to the hazardous incident report #" + incident + " from JPN")
                .contains("Reply to the request about unusual military activity #" + soon + " from JPN")
                .contains("due in 17 hours").contains("overdue by 2 hours")
                .contains("Acknowledge the hotline message #" + arriving + " from CHN").contains("due in 24 minutes");
        String overview = calls().get("/csbm", CsbmCalls.delegate("kor-foreign")).hasStatus(200).text();
        assertThat(overview).contains("href=\"/csbm/requests/" + late + "\"").contains("overdue by 2 hours");
        String secretariat = calls().get("/csbm", CsbmCalls.secretariat()).hasStatus(200).text();
        assertThat(secretariat).contains("Overdue, all states").contains("href=\"/csbm/incidents/" + incident + "\"")
                .doesNotContain("href=\"/csbm/hotline/" + arriving + "\"");
        assertThat(calls().get("/csbm", CsbmCalls.observer()).hasStatus(200).text()).doesNotContain("id=\"deadlines\"");

        // Met: a reply and an acknowledgement take them off.
        calls().post("/api/v1/csbm/requests/" + late + "/reply", "{\"answer\": \"A routine exercise.\"}",
                CsbmCalls.delegate("kor-foreign")).hasStatus(200);
        calls().post("/api/v1/csbm/hotline/" + arriving + "/acknowledgements", "", CsbmCalls.delegate("kor-defence"))
                .hasStatus(200);
        JsonNode after = calls().get(api(body), CsbmCalls.delegate("kor-defence")).json();
        assertThat(has(after, "UNUSUAL_ACTIVITY_REPLY", late)).isFalse();
        assertThat(has(after, "HOTLINE_ACKNOWLEDGEMENT", arriving)).isFalse();
        assertThat(has(after, "UNUSUAL_ACTIVITY_REPLY", soon)).isTrue();
    }

    @Test
    void theStatesOwnAnnualSubmissionsAreRemindedAMonthAheadAndOverdueAfterTheirDueDayUntilSubmitted() {
        String body = DeadlineBodies.full(context, "CSBM-DEADLINES-ANNUAL");
        Instant now = Instant.now();
        int thisYear = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        RuleSet rules = DeadlineBodies.fullRules();
        JsonNode korea = calls().get(api(body), CsbmCalls.delegate("kor-defence")).hasStatus(200).json();
        for (int year = thisYear - 4; year <= thisYear + 1; year++) {
            Instant exchangeDue = rules.exchangeDueFor(year).atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC);
            Instant calendarDue = rules.calendarDueFor(year).atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC);
            int y = year;
            assertThat(deadlines(korea, "ANNUAL_EXCHANGE").stream().filter(d -> d.path("year").asInt() == y)
                    .map(d -> d.path("stage").asString()).toList()).as("exchange %s", year)
                    .isEqualTo(expected(exchangeDue, Duration.ofDays(30), now));
            assertThat(deadlines(korea, "ANNUAL_CALENDAR").stream().filter(d -> d.path("year").asInt() == y)
                    .map(d -> d.path("stage").asString()).toList()).as("calendar %s", year)
                    .isEqualTo(expected(calendarDue, Duration.ofDays(30), now));
        }
        // This year's exchange was due last December: overdue, on the exchange page too, until submitted.
        assertThat(deadlines(korea, "ANNUAL_EXCHANGE").stream().anyMatch(d -> d.path("year").asInt() == thisYear
                && d.path("stage").asString().equals("OVERDUE") && d.path("path").asString()
                .equals("/csbm/" + body + "/exchanges"))).isTrue();
        assertThat(calls().get("/csbm/" + body + "/exchanges", CsbmCalls.delegate("kor-defence")).text())
                .contains("Annual exchange of military information for " + thisYear).contains("overdue by");
        exchanges.submit(body, "KOR", thisYear, new MilitaryInformation(new MilitaryExpenditure(BudgetForm.NIL, null,
                null, null), List.of(), new DefencePlanning("A defence policy.", List.of())), null, "kor-defence");
        JsonNode after = calls().get(api(body), CsbmCalls.delegate("kor-defence")).json();
        assertThat(deadlines(after, "ANNUAL_EXCHANGE").stream().noneMatch(d -> d.path("year").asInt() == thisYear))
                .isTrue();
        assertThat(calls().get("/csbm/" + body + "/exchanges", CsbmCalls.delegate("kor-defence")).text())
                .doesNotContain("Annual exchange of military information for " + thisYear);
    }

    /**
     * A state that joined this year owed none of the annual submissions that fell due
     * before it took part: no deadline, and "not required" in compliance; the next ones it
     * owes like the others.
     */
    @Test
    void aStateThatJoinedLaterOwesNoAnnualSubmissionDueBeforeIt() {
        String body = DeadlineBodies.full(context, "CSBM-DEADLINES-JOINED");
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        context.getBean(FrameworkAdministration.class).changeMembership(body, new MembershipChangeRequest("RUS",
                MembershipAction.JOIN, HistoricalDate.parse(String.valueOf(thisYear)), null), "secretariat");
        JsonNode russia = calls().get(api(body) + "?state=RUS", CsbmCalls.secretariat()).hasStatus(200).json();
        assertThat(deadlines(russia, "ANNUAL_EXCHANGE")).allMatch(d -> d.path("year").asInt() > thisYear);
        JsonNode korea = calls().get(api(body) + "?state=KOR", CsbmCalls.secretariat()).json();
        assertThat(deadlines(korea, "ANNUAL_EXCHANGE")).anyMatch(d -> d.path("year").asInt() == thisYear);

        JsonNode compliance = calls().get("/api/v1/csbm/bodies/" + body + "/compliance?from=" + (thisYear - 2) + "&to="
                + (thisYear + 1), CsbmCalls.secretariat()).hasStatus(200).json();
        for (int year = thisYear - 2; year <= thisYear; year++) {
            assertThat(status(compliance, "RUS", "ANNUAL_EXCHANGE", year)).as("%s", year).isEqualTo("NOT_REQUIRED");
            assertThat(status(compliance, "KOR", "ANNUAL_EXCHANGE", year)).as("%s", year).isNotEqualTo("NOT_REQUIRED");
        }
        assertThat(status(compliance, "RUS", "ANNUAL_CALENDAR", thisYear + 1)).isNotEqualTo("NOT_REQUIRED");
        assertThat(status(compliance, "RUS", "PRIOR_NOTIFICATION", thisYear - 1)).isEqualTo("NOT_REQUIRED");
        assertThat(status(compliance, "RUS", "PRIOR_NOTIFICATION", thisYear)).isEqualTo("ON_TIME");
    }

    private static String status(JsonNode entries, String state, String measure, int year) {
        return entries.valueStream().filter(e -> e.path("state").asString().equals(state)
                && e.path("measure").asString().equals(measure) && e.path("year").asInt() == year)
                .map(e -> e.path("status").asString()).findFirst().orElseThrow();
    }

    private static List<String> expected(Instant due, Duration lead, Instant now) {
        Deadline.Stage stage = Deadline.stage(due, lead, now);
        return stage == Deadline.Stage.NOT_YET ? List.of() : List.of(stage.name());
    }
}
