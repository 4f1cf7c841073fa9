package org.trackone.csbm;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The compliance of the demonstration's states, from the illustrative submissions, on the dashboard and exported. */
@IntegrationTest
class ComplianceTest {

    private static final String API = "/api/v1/csbm/bodies/NEACD/compliance?from=2023&to=2026";

    @Autowired MockMvc mvc;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    private JsonNode entry(JsonNode entries, String state, String measure, int year) {
        return entries.valueStream().filter(e -> e.path("state").asString().equals(state)
                && e.path("measure").asString().equals(measure) && e.path("year").asInt() == year)
                .findFirst().orElseThrow(() -> new AssertionError(state + " " + measure + " " + year));
    }

    @Test
    void theIllustrativeSubmissionsShowOnTimeLateAndMissing() {
        JsonNode entries = calls().get(API, CsbmCalls.secretariat()).hasStatus(200).json();
        assertThat(entry(entries, "KOR", "ANNUAL_EXCHANGE", 2025).path("status").asString()).isEqualTo("ON_TIME");
        JsonNode usaLate = entry(entries, "USA", "ANNUAL_EXCHANGE", 2025);
        assertThat(usaLate.path("status").asString()).isEqualTo("LATE");
        assertThat(usaLate.path("daysLate").asInt()).isEqualTo(20);
        assertThat(entry(entries, "CHN", "ANNUAL_EXCHANGE", 2024).path("daysLate").asInt()).isEqualTo(45);
        assertThat(entry(entries, "CHN", "ANNUAL_EXCHANGE", 2025).path("status").asString()).isEqualTo("MISSING");
        assertThat(entry(entries, "RUS", "ANNUAL_EXCHANGE", 2024).path("status").asString()).isEqualTo("MISSING");
        assertThat(entry(entries, "JPN", "ANNUAL_EXCHANGE", 2026).path("submissions").asInt()).isEqualTo(2);
        JsonNode chinaNotice = entry(entries, "CHN", "PRIOR_NOTIFICATION", 2026);
        assertThat(chinaNotice.path("status").asString()).isEqualTo("LATE");
        assertThat(chinaNotice.path("daysLate").asInt()).isEqualTo(32);
        assertThat(entry(entries, "KOR", "PRIOR_NOTIFICATION", 2024).path("status").asString())
                .isEqualTo("NOT_REQUIRED");
        assertThat(entry(entries, "USA", "PRIOR_NOTIFICATION", 2025).path("status").asString()).isEqualTo("ON_TIME");
        // The illustrative risk reduction: Russia answered Japan's request two days after its deadline (late by
        // three days begun), and has left Korea's request and an incident report of 2026 unanswered.
        JsonNode russia2025 = entry(entries, "RUS", "RISK_REDUCTION", 2025);
        assertThat(russia2025.path("status").asString()).isEqualTo("LATE");
        assertThat(russia2025.path("daysLate").asInt()).isEqualTo(3);
        JsonNode russia2026 = entry(entries, "RUS", "RISK_REDUCTION", 2026);
        assertThat(russia2026.path("status").asString()).isEqualTo("MISSING");
        assertThat(russia2026.path("unanswered").asInt()).isGreaterThanOrEqualTo(2);
        // China answered the United States' request in time, and Japan's incident report of 2025-07-21 on
        // 07-30: after the 48 hours of the rules, late by seven days begun.
        JsonNode china2025 = entry(entries, "CHN", "RISK_REDUCTION", 2025);
        assertThat(china2025.path("status").asString()).isEqualTo("LATE");
        assertThat(china2025.path("submissions").asInt()).isEqualTo(2);
        assertThat(china2025.path("lateSubmissions").asInt()).isEqualTo(1);
        assertThat(china2025.path("daysLate").asInt()).isEqualTo(7);
        assertThat(entry(entries, "KOR", "RISK_REDUCTION", 2025).path("status").asString()).isEqualTo("NOT_REQUIRED");
    }

    @Test
    void theDashboardShowsTheTableAndExportsCsv() {
        String page = calls().get("/csbm/NEACD/compliance?from=2023&to=2026", CsbmCalls.delegate("kor-foreign"))
                .hasStatus(200).text();
        assertThat(page).contains("late by 45 days").contains("missing").contains("id=\"compliance\"");
        String csv = calls().get("/csbm/NEACD/compliance.csv?from=2023&to=2026", CsbmCalls.secretariat())
                .hasStatus(200).text();
        assertThat(csv.lines().findFirst()).hasValue(
                "state,measure,year,status,dueOn,daysLate,submissions,lateSubmissions,unanswered");
        assertThat(csv).contains("CHN,ANNUAL_EXCHANGE,2024,LATE,2023-12-15,45,1,1,0");
        assertThat(page).contains("id=\"compliance-chart\"").contains("data-chart=\"{").contains("/js/compliance-chart.js")
                .contains("/webjars/chart.js/");
        String chartPath = page.replaceAll("(?s).*src=\"(/webjars/chart\\.js/[^\"]+)\".*", "$1");
        calls().get(chartPath, CsbmCalls.secretariat()).hasStatus(200);
        calls().get("/js/compliance-chart.js", CsbmCalls.secretariat()).hasStatus(200);
        calls().get("/csbm/NEACD/compliance", CsbmCalls.observer()).hasStatus(403);
        calls().get("/api/v1/csbm/bodies/NEACD/compliance?from=1800", CsbmCalls.secretariat()).refuses("from");
        calls().get("/api/v1/csbm/bodies/NEACD/compliance?from=2020&to=2019", CsbmCalls.secretariat()).refuses("to");
    }

    @Test
    void aStatePageShowsOneStateAcrossTheYearsWithWhatWasLateOrMissing() {
        String page = calls().get("/csbm/NEACD/compliance/CHN?from=2023&to=2026", CsbmCalls.delegate("usa-foreign"))
                .hasStatus(200).text();
        assertThat(page).contains("People").contains("late by 45 days").contains("id=\"failings\"")
                .doesNotContain("compliance-KOR-");
        JsonNode china = calls().get(API + "&state=CHN", CsbmCalls.secretariat()).json();
        assertThat(china.valueStream().allMatch(e -> e.path("state").asString().equals("CHN"))).isTrue();
        assertThat(entry(china, "CHN", "ANNUAL_EXCHANGE", 2025).path("status").asString()).isEqualTo("MISSING");
        assertThat(calls().get("/csbm/NEACD/compliance.csv?state=RUS&from=2024&to=2024", CsbmCalls.secretariat())
                .text().lines().skip(1).allMatch(l -> l.startsWith("RUS,"))).isTrue();
        calls().get("/csbm/NEACD/compliance/FRA", CsbmCalls.secretariat()).hasStatus(404);
        calls().get(API + "&state=FRA", CsbmCalls.secretariat()).hasStatus(404);
        calls().get("/csbm/NEACD/compliance/CHN", CsbmCalls.observer()).hasStatus(403);
    }

    /**
     * Japan's incident report of 2025 to China, answered late, is between the two: China's
     * compliance counts it for them and the secretariat, not for a third state's delegate.
     */
    @Test
    void aThirdStateIsNotToldOfAnIncidentReportBetweenTwoOthers() {
        String api = "/api/v1/csbm/bodies/NEACD/compliance?from=2025&to=2025";
        for (String insider : java.util.List.of("chn-foreign", "jpn-defence")) {
            JsonNode china = entry(calls().get(api, CsbmCalls.delegate(insider)).hasStatus(200).json(), "CHN",
                    "RISK_REDUCTION", 2025);
            assertThat(china.path("status").asString()).isEqualTo("LATE");
            assertThat(china.path("submissions").asInt()).isEqualTo(2);
        }
        JsonNode seenByKorea = entry(calls().get(api, CsbmCalls.delegate("kor-foreign")).hasStatus(200).json(), "CHN",
                "RISK_REDUCTION", 2025);
        assertThat(seenByKorea.path("status").asString()).isEqualTo("ON_TIME");
        assertThat(seenByKorea.path("submissions").asInt()).isEqualTo(1);
        assertThat(seenByKorea.path("lateSubmissions").asInt()).isZero();
        JsonNode failings = calls().get("/api/v1/csbm/bodies/NEACD/reports/2025", CsbmCalls.delegate("kor-foreign"))
                .json().path("failings");
        assertThat(failings.isArray()).isTrue();
        assertThat(failings.valueStream().noneMatch(e -> e.path("state").asString().equals("CHN")
                        && e.path("measure").asString().equals("RISK_REDUCTION"))).isTrue();
    }

    @Test
    void requestsAndIncidentReportsReceivedAreAnsweredOrNot() {
        int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();
        String api = "/api/v1/csbm/bodies/NEACD/compliance?state=USA&from=" + year + "&to=" + year;
        JsonNode asked = calls().post("/api/v1/csbm/bodies/NEACD/requests", """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "USA", "question": "Why the carriers?"}""",
                CsbmCalls.delegate("chn-foreign")).hasStatus(201).json();
        JsonNode open = entry(calls().get(api, CsbmCalls.secretariat()).json(), "USA", "RISK_REDUCTION", year);
        assertThat(open.path("status").asString()).isEqualTo("PENDING");
        assertThat(open.path("unanswered").asInt()).isGreaterThanOrEqualTo(1);
        calls().post("/api/v1/csbm/requests/" + asked.path("id").asLong() + "/reply",
                "{\"answer\": \"A scheduled rotation.\"}", CsbmCalls.delegate("usa-foreign")).hasStatus(200);
        JsonNode answered = entry(calls().get(api, CsbmCalls.secretariat()).json(), "USA", "RISK_REDUCTION", year);
        assertThat(answered.path("submissions").asInt()).isEqualTo(open.path("submissions").asInt() + 1);
        assertThat(answered.path("unanswered").asInt()).isEqualTo(open.path("unanswered").asInt() - 1);
        String page = calls().get("/csbm/NEACD/compliance/USA?from=" + year + "&to=" + year, CsbmCalls.secretariat())
                .text();
        assertThat(page).contains("Risk reduction").contains("answered");
    }

    @Test
    void theIllustrativeNotificationsCarryTheirVerdicts() {
        JsonNode all = calls().get("/api/v1/csbm/bodies/NEACD/notifications?state=RUS&size=200", CsbmCalls.secretariat())
                .json().path("items");
        assertThat(all.valueStream().allMatch(n -> n.path("state").asString().equals("RUS"))).isTrue();
        JsonNode snap = all.valueStream().filter(n -> n.path("activity").path("type").asString().equals("SNAP_EXERCISE")
                && n.path("state").asString().equals("RUS")).findFirst().orElseThrow();
        assertThat(snap.path("verdict").path("constraintsBroken").path(0).path("troopsAbove").asInt()).isEqualTo(40000);
        assertThat(snap.path("verdict").path("late").asBoolean()).isFalse();
        assertThat(snap.path("description").asString()).startsWith("Illustrative");
        assertThat(all.valueStream().anyMatch(n -> n.path("verdict").path("linkedThresholdsReached").size() > 0)).isTrue();
    }
}
