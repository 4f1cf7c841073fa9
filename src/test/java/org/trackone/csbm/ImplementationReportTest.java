package org.trackone.csbm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        try (PDDocument pdf = Loader.loadPDF(pdf("/csbm/NEACD/reports/2025.pdf"))) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Annual implementation report 2025").contains("People's Republic of China")
                    .contains("Late and missing").contains("Activities notified");
            assertThat(fontsOf(pdf)).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+NotoSans-(Regular|Bold)"));
        }
    }

    /**
     * In every language the platform offers, the PDF's text is the translated report, every
     * character set in an embedded subset of a shipped font (a character no font has would be
     * printed as {@code #}); Han characters take the forms of the page's language.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ko | 2025년 연례 이행 보고서 | 조치별 이행 현황   | 지연 또는 누락된 의무             | NotoSansKR-Regular
            ja | 2025年 年次実施報告書   | 措置別の履行状況   | 遅延または未提出の義務             | NotoSansJP-Regular
            zh | 2025年度执行情况报告    | 按措施分列的履约情况 | 迟交或缺失的义务                | NotoSansSC-Regular
            ru | Ежегодный доклад об осуществлении за 2025 год | Выполнение по мерам | Государства-участники | NotoSans-Regular
            """)
    void thePdfIsSetInTheFontsOfItsLanguage(String language, String heading, String section, String column,
            String font) throws IOException {
        byte[] bytes = pdf("/csbm/NEACD/reports/2025.pdf?lang=" + language);
        // Fonts of 0.6 to 11 MB, embedded as the subsets of the glyphs used.
        assertThat(bytes.length).isLessThan(200_000);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            List<String> lines = text.lines().map(String::strip).toList();
            assertThat(lines).anyMatch(line -> line.startsWith(heading + " · ")).contains(section);
            assertThat(text).contains(column);
            assertThat(lines.stream().filter(line -> line.startsWith(heading))).noneMatch(line -> line.contains("#"));
            assertThat(text).as("no ideograph is read back as a radical").doesNotContainPattern("[\\x{2E80}-\\x{2FDF}]");
            List<String> fonts = fontsOf(pdf);
            assertThat(fonts).as("fonts embedded as subsets").isNotEmpty()
                    .allMatch(name -> name.matches("[A-Z]{6}\\+NotoSans(KR|JP|SC)?-(Regular|Bold)"))
                    .anyMatch(name -> name.endsWith("+" + font));
        }
    }

    /**
     * Reports written at the same time each borrow their own parsed fonts (PDFBox's are not safe
     * to share) and give them back; each comes out whole, in its language.
     */
    @Test
    void reportsWrittenAtTheSameTimeAreEachInTheirLanguage() throws Exception {
        Map<String, String> sections = Map.of("ko", "조치별 이행 현황", "ja", "措置別の履行状況", "zh", "按措施分列的履约情况",
                "ru", "Выполнение по мерам");
        List<String> languages = List.of("ko", "ja", "zh", "ru", "ko", "ja", "zh", "ru");
        try (ExecutorService threads = Executors.newFixedThreadPool(languages.size())) {
            List<Future<String>> texts = new ArrayList<>();
            for (String language : languages) {
                texts.add(threads.submit(() -> {
                    try (PDDocument pdf = Loader.loadPDF(pdf("/csbm/NEACD/reports/2025.pdf?lang=" + language))) {
                        return new PDFTextStripper().getText(pdf);
                    }
                }));
            }
            for (int i = 0; i < languages.size(); i++) {
                assertThat(texts.get(i).get().lines().map(String::strip)).contains(sections.get(languages.get(i)));
            }
        }
    }

    private byte[] pdf(String path) {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(MockMvcRequestBuilders.get(path).with(CsbmCalls.secretariat())).andReturn()
                    .getResponse();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        return response.getContentAsByteArray();
    }

    /** The base names of the fonts the pages use, each checked to be embedded. */
    private static List<String> fontsOf(PDDocument pdf) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName key : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(key);
                assertThat(font).isNotNull();
                assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
                if (!names.contains(font.getName())) {
                    names.add(font.getName());
                }
            }
        }
        return names;
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
