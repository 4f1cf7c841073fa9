package org.trackone.csbm;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

/**
 * What a body's record rule makes public of its regime: the overview, the rules and the
 * annual implementation report, as a visitor who has not signed in, an observer and the
 * states' delegates read them, for a public body and for the demonstration's NEACD (off
 * the record).
 */
@IntegrationTest
class PublicRegimeRecordTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Hotline hotline;

    private PublicRegimeBody body;

    /** A request, an incident report and an escalated hotline message between South Korea and Japan, made once. */
    private static Bilateral bilateral;

    private record Bilateral(long request, long incident, long hotlineMessage, int year) {
    }

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    private static RequestPostProcessor visitor() {
        return anonymous();
    }

    @BeforeEach
    void publicBodyWithBilateralTraffic() {
        body = PublicRegimeBody.in(context);
        synchronized (PublicRegimeRecordTest.class) {
            if (bilateral != null) {
                return;
            }
            String api = "/api/v1/csbm/bodies/" + body.code();
            long request = calls().post(api + "/requests", """
                    {"kind": "UNUSUAL_ACTIVITY", "addressee": "JPN",
                     "question": "Aircraft massing near the strait: what is their purpose?"}""",
                    CsbmCalls.delegate("kor-foreign")).hasStatus(201).json().path("id").asLong();
            ObjectNode report = CsbmCalls.JSON.createObjectNode();
            report.put("otherState", "JPN");
            report.put("environment", "AT_SEA");
            report.put("occurredAt", Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS)
                    .toString());
            report.putObject("position").put("latitude", 35.1).put("longitude", 129.9);
            report.put("unitsInvolved", "A patrol vessel and a destroyer.");
            report.put("closestApproachMetres", 300);
            report.put("whatHappened", "The destroyer crossed the patrol vessel's bow.");
            long incident = calls().post(api + "/incidents", report.toString(), CsbmCalls.delegate("kor-defence"))
                    .hasStatus(201).json().path("id").asLong();
            Instant sent = Instant.now().minus(Duration.ofHours(2));
            long message = hotline.send(body.code(), new HotlineMessageInput("JPN", "Please confirm the line works."),
                    "kor-foreign", sent).id();
            hotline.escalateOverdue(Instant.now());
            bilateral = new Bilateral(request, incident, message, sent.atZone(ZoneOffset.UTC).getYear());
        }
    }

    private String reportPath() {
        return "/csbm/" + body.code() + "/reports/" + bilateral.year();
    }

    private String apiReportPath() {
        return "/api/v1/csbm/bodies/" + body.code() + "/reports/" + bilateral.year();
    }

    @Test
    void aVisitorAndAnObserverFindThePublicBodiesOnlyWithWhatTheyMayRead() {
        for (RequestPostProcessor outsider : List.of(visitor(), CsbmCalls.observer())) {
            String overview = calls().get("/csbm", outsider).hasStatus(200).text();
            String base = "/csbm/" + body.code();
            assertThat(overview).contains("id=\"regime-" + body.code() + "\"").doesNotContain("regime-NEACD")
                    .contains(base + "/rules").contains(base + "/notifications").contains(base + "/exchanges")
                    .contains(base + "/calendars")
                    .contains(base + "/compliance").contains(base + "/reports/")
                    .doesNotContain(base + "/requests").doesNotContain(base + "/incidents")
                    .doesNotContain(base + "/hotline").doesNotContain("/csbm/NEACD/");
        }
        assertThat(calls().get("/csbm", visitor()).text()).contains("id=\"regimes-public\"");
        // The navigation leads there from every page.
        assertThat(calls().get("/", visitor()).hasStatus(200).text()).contains("href=\"/csbm\"");
    }

    @Test
    void membersKeepEveryBodyAndOthersSeeOnlyTheLinksTheyMayFollow() {
        String secretariat = calls().get("/csbm", CsbmCalls.secretariat()).hasStatus(200).text();
        assertThat(secretariat).contains("regime-NEACD").contains("regime-" + body.code())
                .contains("/csbm/NEACD/hotline").contains("/csbm/" + body.code() + "/hotline")
                .doesNotContain("id=\"regimes-public\"");
        String korea = calls().get("/csbm", CsbmCalls.delegate("kor-defence")).text();
        assertThat(korea).contains("/csbm/NEACD/requests").contains("/csbm/NEACD/reports/");
        // An expert reads every body's rules, and the submissions of a public body only.
        String expert = calls().get("/csbm", CsbmCalls.expert()).text();
        assertThat(expert).contains("regime-NEACD").contains("/csbm/NEACD/rules")
                .doesNotContain("/csbm/NEACD/notifications").doesNotContain("/csbm/NEACD/requests")
                .contains("/csbm/" + body.code() + "/notifications");
    }

    @Test
    void thePublicBodysRulesAreReadByEveryoneAndEditedByTheSecretariatOnly() {
        String rules = calls().get("/csbm/" + body.code() + "/rules", visitor()).hasStatus(200).text();
        assertThat(rules).contains("Vienna Document 2011").contains("9,000").doesNotContain("/rules/new");
        calls().get("/csbm/" + body.code() + "/rules", CsbmCalls.observer()).hasStatus(200);
        assertThat(calls().get("/csbm/" + body.code() + "/rules/new", visitor()).redirect()).contains("/sign-in");
        calls().get("/csbm/" + body.code() + "/rules/new", CsbmCalls.observer()).hasStatus(403);
        assertThat(calls().get("/csbm/" + body.code() + "/rules", CsbmCalls.secretariat()).text())
                .contains("/csbm/" + body.code() + "/rules/new");
    }

    @Test
    void thePublicBodysCalendarsAreListedForEveryoneWithoutTheFormToFileOne() {
        String base = "/csbm/" + body.code();
        for (RequestPostProcessor outsider : List.of(visitor(), CsbmCalls.observer())) {
            String list = calls().get(base + "/calendars", outsider).hasStatus(200).text();
            assertThat(list).contains(base + "/calendars/" + PublicRegimeBody.STATE + "/" + body.year())
                    .doesNotContain(base + "/calendars/new");
        }
        assertThat(calls().get(base + "/calendars", CsbmCalls.delegate("kor-defence")).text())
                .contains(base + "/calendars/new");
        assertThat(calls().get("/csbm/NEACD/calendars", visitor()).hasStatus(302).redirect()).contains("/sign-in");
        calls().get("/csbm/NEACD/calendars", CsbmCalls.observer()).hasStatus(403);
        assertThat(calls().get("/csbm/NEACD/calendars", CsbmCalls.delegate("jpn-foreign")).hasStatus(200).text())
                .contains("/csbm/NEACD/calendars/KOR/");
    }

    @Test
    void theRulesAndReportOfABodyThatIsNotPublicStayWithThoseWhoReadThemToday() {
        assertThat(calls().get("/csbm/NEACD/rules", visitor()).hasStatus(302).redirect()).contains("/sign-in");
        calls().get("/csbm/NEACD/rules", CsbmCalls.observer()).hasStatus(200);
        for (String path : List.of("/csbm/NEACD/reports/2025", "/csbm/NEACD/reports/2025.pdf")) {
            assertThat(calls().get(path, visitor()).hasStatus(302).redirect()).contains("/sign-in");
            calls().get(path, CsbmCalls.observer()).hasStatus(403);
            calls().get(path, CsbmCalls.delegate("prk-foreign")).hasStatus(403);
        }
        calls().get("/api/v1/csbm/bodies/NEACD/reports/2025", CsbmCalls.observer()).hasStatus(403);
        calls().get("/api/v1/csbm/bodies/NEACD/reports/2025", visitor()).hasStatus(401);
    }

    @Test
    void thePublicReportLeavesOutEverythingBilateral() {
        for (RequestPostProcessor outsider : List.of(visitor(), CsbmCalls.observer(), CsbmCalls.expert(),
                CsbmCalls.delegate("prk-foreign"))) {
            String page = calls().get(reportPath(), outsider).hasStatus(200).text();
            assertThat(page).contains("Annual implementation report " + bilateral.year())
                    .contains("Republic of Korea (KOR)").contains("id=\"report-public-part\"")
                    .doesNotContain("id=\"report-open\"").doesNotContain("Request #")
                    .doesNotContain("Incident report #").doesNotContain("Hotline message #")
                    .doesNotContain("Risk reduction");
        }
        for (RequestPostProcessor account : List.of(CsbmCalls.observer(), CsbmCalls.delegate("prk-foreign"))) {
            JsonNode report = calls().get(apiReportPath(), account).hasStatus(200).json();
            assertThat(report.path("publicPart").asBoolean()).isTrue();
            assertThat(report.path("openRequests").isEmpty()).isTrue();
            assertThat(report.path("openIncidents").isEmpty()).isTrue();
            assertThat(report.path("escalatedHotlineMessages").isEmpty()).isTrue();
            assertThat(report.path("states").has("JPN")).isTrue();
            assertThat(measures(report.path("compliance"))).isNotEmpty().doesNotContain("RISK_REDUCTION");
            assertThat(measures(report.path("failings"))).doesNotContain("RISK_REDUCTION");
        }
        // The API stays for accounts.
        calls().get(apiReportPath(), visitor()).hasStatus(401);
    }

    @Test
    void theStatesConcernedAndTheSecretariatReadTheBilateralParts() {
        for (RequestPostProcessor insider : List.of(CsbmCalls.secretariat(), CsbmCalls.delegate("kor-foreign"),
                CsbmCalls.delegate("jpn-defence"))) {
            JsonNode report = calls().get(apiReportPath(), insider).hasStatus(200).json();
            assertThat(report.path("publicPart").asBoolean()).isFalse();
            assertThat(ids(report.path("openRequests"))).contains(bilateral.request());
            assertThat(ids(report.path("openIncidents"))).contains(bilateral.incident());
            assertThat(ids(report.path("escalatedHotlineMessages"))).contains(bilateral.hotlineMessage());
            assertThat(measures(report.path("compliance"))).contains("RISK_REDUCTION");
            assertThat(calls().get(reportPath(), insider).text()).contains("id=\"report-open\"")
                    .contains("Incident report #" + bilateral.incident())
                    .doesNotContain("id=\"report-public-part\"");
        }
    }

    @Test
    void thePublicPdfIsTheSamePublicPart() throws IOException {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(MockMvcRequestBuilders.get(reportPath() + ".pdf").with(visitor())).andReturn()
                    .getResponse();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Annual implementation report " + bilateral.year()).contains("Japan")
                    .contains("stay with the states concerned").doesNotContain("Incident report #")
                    .doesNotContain("Risk reduction")
                    .doesNotContain("Hotline message #").doesNotContain("Request #");
        }
    }

    /**
     * The compliance of risk reduction counts the requests and incident reports each state
     * received: outside the states' circle it is left out of the compliance pages, the CSV
     * and the API too, and the states still get it.
     */
    @Test
    void outsidersGetNoComplianceOfRiskReduction() {
        String body = PublicRegimeBody.CODE;
        for (RequestPostProcessor outsider : List.of(visitor(), CsbmCalls.observer(), CsbmCalls.delegate("prk-foreign"))) {
            assertThat(calls().get("/csbm/" + body + "/compliance", outsider).hasStatus(200).text())
                    .contains("id=\"compliance\"").doesNotContain("Risk reduction");
            assertThat(calls().get("/csbm/" + body + "/compliance/JPN", outsider).hasStatus(200).text())
                    .doesNotContain("Risk reduction");
            assertThat(calls().get("/csbm/" + body + "/compliance.csv", outsider).hasStatus(200).text())
                    .contains("ANNUAL_EXCHANGE").doesNotContain("RISK_REDUCTION");
        }
        assertThat(measures(calls().get("/api/v1/csbm/bodies/" + body + "/compliance", CsbmCalls.observer())
                .hasStatus(200).json())).isNotEmpty().doesNotContain("RISK_REDUCTION");
        assertThat(measures(calls().get("/api/v1/csbm/bodies/" + body + "/compliance", CsbmCalls.delegate("kor-foreign"))
                .hasStatus(200).json())).contains("RISK_REDUCTION");
        assertThat(calls().get("/csbm/" + body + "/compliance", CsbmCalls.delegate("jpn-defence")).text())
                .contains("Risk reduction");
    }

    private static List<String> measures(JsonNode entries) {
        return entries.valueStream().map(e -> e.path("measure").asString()).distinct().toList();
    }

    private static List<Long> ids(JsonNode items) {
        return items.valueStream().map(i -> i.path("id").asLong()).toList();
    }
}
