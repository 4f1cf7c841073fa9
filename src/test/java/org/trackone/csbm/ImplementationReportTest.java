package org.trackone.csbm;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The annual implementation report of the demonstration's illustrative year 2025: page, PDF and JSON. */
@IntegrationTest
class ImplementationReportTest {

    @Autowired MockMvc mvc;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    @Test
    void theReportShowsEachStatesComplianceTheNotificationsAndWhatWasLateOrMissing() {
        String page = calls().get("/csbm/NEACD/reports/2025", CsbmCalls.delegate("kor-foreign")).hasStatus(200).text();
        assertThat(page).contains("Annual implementation report 2025").contains("Republic of Korea (KOR)")
                .contains("id=\"report-failings\"").contains("late by 20 days").contains("id=\"report-notifications\"")
                .contains("/csbm/NEACD/reports/2025.pdf");
        JsonNode report = calls().get("/api/v1/csbm/bodies/NEACD/reports/2025", CsbmCalls.secretariat())
                .hasStatus(200).json();
        assertThat(report.path("year").asInt()).isEqualTo(2025);
        assertThat(report.path("states").path("CHN").asString()).isEqualTo("People's Republic of China");
        assertThat(report.path("failings").valueStream().anyMatch(e -> e.path("state").asString().equals("CHN")
                && e.path("measure").asString().equals("ANNUAL_EXCHANGE")
                && e.path("status").asString().equals("MISSING"))).isTrue();
        assertThat(report.path("notifications").valueStream()
                .allMatch(n -> n.path("startsOn").asString().startsWith("2025-"))).isTrue();
        assertThat(report.path("rules").path("version").asInt()).isPositive();
    }

    @Test
    void theReportOf2026ListsTheIllustrativeRequestsStillOpen() {
        JsonNode report = calls().get("/api/v1/csbm/bodies/NEACD/reports/2026", CsbmCalls.secretariat())
                .hasStatus(200).json();
        assertThat(report.path("openRequests").valueStream().anyMatch(r -> r.path("requestingState").asString()
                .equals("KOR") && r.path("addresseeState").asString().equals("RUS"))).isTrue();
        assertThat(report.path("openIncidents").valueStream().anyMatch(i -> i.path("reportingState").asString()
                .equals("USA") && i.path("otherState").asString().equals("RUS"))).isTrue();
        assertThat(calls().get("/csbm/NEACD/reports/2026", CsbmCalls.secretariat()).text())
                .contains("Request #").contains("from KOR to RUS: no reply");
    }

    @Test
    void thePdfIsTheSameReportAndParses() throws IOException {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(MockMvcRequestBuilders.get("/csbm/NEACD/reports/2025.pdf")
                    .with(CsbmCalls.secretariat())).andReturn().getResponse();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Annual implementation report 2025").contains("People's Republic of China")
                    .contains("Late and missing").contains("Activities notified");
        }
    }

    @Test
    void aYearOutOfRangeOrAReaderOutsideIsRefused() {
        calls().get("/api/v1/csbm/bodies/NEACD/reports/1800", CsbmCalls.secretariat()).refuses("year");
        calls().get("/api/v1/csbm/bodies/NEACD/reports/3000", CsbmCalls.secretariat()).refuses("year");
        calls().get("/api/v1/csbm/bodies/NEACD/reports/next", CsbmCalls.secretariat()).hasStatus(400);
        calls().get("/csbm/NEACD/reports/1800", CsbmCalls.secretariat()).hasStatus(400);
        calls().get("/csbm/NEACD/reports/1800.pdf", CsbmCalls.secretariat()).hasStatus(400);
        calls().get("/csbm/NOSUCHBODY/reports/2025", CsbmCalls.secretariat()).hasStatus(404);
        calls().get("/csbm/NEACD/reports/2025", CsbmCalls.observer()).hasStatus(403);
        calls().get("/csbm/NEACD/reports/2025.pdf", CsbmCalls.expert()).hasStatus(403);
        calls().get("/csbm/NEACD/reports/2025.pdf", CsbmCalls.delegate("prk-foreign")).hasStatus(403);
    }
}
