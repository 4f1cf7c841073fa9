package org.trackone.csbm;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The annual exchange imported as CSV through the API (text/csv) and the page (a file
 * upload): the same draft as the same information in JSON, refusals naming the row and
 * column, nothing saved on a refusal.
 */
@IntegrationTest
class ExchangeCsvImportTest {

    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
    private static final String DRAFT = "/api/v1/csbm/bodies/NEACD/exchanges/KOR/" + YEAR + "/draft";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired MockMvc mvc;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    private CsbmCalls.Answer putCsv(byte[] csv, RequestPostProcessor who) {
        return calls().perform(MockMvcRequestBuilders.put(DRAFT).with(csrf()).with(who).contentType(CSV).content(csv));
    }

    private CsbmCalls.Answer putJson(String json) {
        return calls().perform(MockMvcRequestBuilders.put(DRAFT).with(csrf()).with(CsbmCalls.delegate("kor-defence"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aCsvDraftThroughTheApiIsTheDraftOfTheSameJsonAndARefusalSavesNothing() throws Exception {
        JsonNode fromJson = putJson(ExchangeCsvTest.EXAMPLE_AS_JSON).hasStatus(200).json().path("information");
        JsonNode fromCsv = putCsv(ExchangeCsvTest.example(), CsbmCalls.delegate("kor-defence")).hasStatus(200).json()
                .path("information");
        assertThat(fromCsv).isEqualTo(fromJson);
        assertThat(calls().get(DRAFT, CsbmCalls.delegate("kor-foreign")).hasStatus(200).json().path("information"))
                .isEqualTo(fromCsv);

        String example = new String(ExchangeCsvTest.example(), StandardCharsets.UTF_8);
        putCsv(example.replace("14500", "-14500").getBytes(StandardCharsets.UTF_8), CsbmCalls.delegate("kor-defence"))
                .refuses("rows[7].personnel");
        putCsv(example.replace("BATTLE_TANKS", "SUBMARINES").getBytes(StandardCharsets.UTF_8),
                CsbmCalls.delegate("kor-defence")).refuses("rows[1].SUBMARINES");
        putCsv(example.replace("52.52", "152.52").getBytes(StandardCharsets.UTF_8), CsbmCalls.delegate("kor-defence"))
                .refuses("rows[7].latitude");
        putCsv(new byte[0], CsbmCalls.delegate("kor-defence")).refuses("csv");
        putCsv(new byte[ExchangeCsv.MAX_BYTES + 1], CsbmCalls.delegate("kor-defence")).hasStatus(413);
        // Nothing of the refused files was saved: the draft is the example still.
        assertThat(calls().get(DRAFT, CsbmCalls.delegate("kor-defence")).json().path("information"))
                .isEqualTo(fromCsv);

        // The same rules of who files as for JSON.
        putCsv(ExchangeCsvTest.example(), CsbmCalls.delegate("kor-foreign")).hasStatus(403);
        putCsv(ExchangeCsvTest.example(), CsbmCalls.delegate("jpn-defence")).refuses("state");
        putCsv(ExchangeCsvTest.example(), CsbmCalls.secretariat()).hasStatus(403);
        putCsv(ExchangeCsvTest.example(), CsbmCalls.observer()).hasStatus(403);
        calls().perform(MockMvcRequestBuilders.put("/api/v1/csbm/bodies/NEACD/exchanges/KOR/1800/draft").with(csrf())
                .with(CsbmCalls.delegate("kor-defence")).contentType(CSV).content(ExchangeCsvTest.example()))
                .refuses("year");
    }

    @Test
    void aDelegateUploadsACsvFileOnThePageAndARefusalNamesTheRowAndColumn() throws Exception {
        String page = calls().get("/csbm/NEACD/exchanges", CsbmCalls.delegate("kor-defence")).hasStatus(200).text();
        assertThat(page).contains("action=\"/csbm/NEACD/exchanges/import-csv\"")
                .contains("href=\"/csbm/exchanges/example.csv\"");
        CsbmCalls.Answer example = calls().get("/csbm/exchanges/example.csv", CsbmCalls.delegate("kor-defence"))
                .hasStatus(200);
        assertThat(example.text()).startsWith("record,form,currency");

        var uploaded = mvc.perform(MockMvcRequestBuilders.multipart("/csbm/NEACD/exchanges/import-csv")
                .file(new MockMultipartFile("file", "exchange.csv", "text/csv", ExchangeCsvTest.example()))
                .param("year", String.valueOf(YEAR)).with(csrf()).with(CsbmCalls.delegate("kor-defence")))
                .andReturn().getResponse();
        assertThat(uploaded.getStatus()).isEqualTo(302);
        assertThat(uploaded.getRedirectedUrl()).isEqualTo("/csbm/NEACD/exchanges/KOR/" + YEAR + "/draft");
        assertThat(calls().get(uploaded.getRedirectedUrl(), CsbmCalls.delegate("kor-defence")).hasStatus(200).text())
                .contains("Example 71st Air Wing").contains("Submit the exchange");

        byte[] bad = new String(ExchangeCsvTest.example(), StandardCharsets.UTF_8).replace("AIR_WING", "SQUADRON")
                .getBytes(StandardCharsets.UTF_8);
        var refused = mvc.perform(MockMvcRequestBuilders.multipart("/csbm/NEACD/exchanges/import-csv")
                .file(new MockMultipartFile("file", "exchange.csv", "text/csv", bad))
                .param("year", String.valueOf(YEAR)).with(csrf()).with(CsbmCalls.delegate("kor-defence")))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("rows[9].level: must be one of");
        var empty = mvc.perform(MockMvcRequestBuilders.multipart("/csbm/NEACD/exchanges/import-csv")
                .param("year", String.valueOf(YEAR)).with(csrf()).with(CsbmCalls.delegate("kor-defence")))
                .andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString(StandardCharsets.UTF_8)).contains("file: is required");
        // The draft is still the one the good file saved.
        assertThat(calls().get(DRAFT, CsbmCalls.delegate("kor-defence")).json().path("information").path("forces")
                .path(2).path("level").asString()).isEqualTo("AIR_WING");

        var observer = mvc.perform(MockMvcRequestBuilders.multipart("/csbm/NEACD/exchanges/import-csv")
                .file(new MockMultipartFile("file", "exchange.csv", "text/csv", ExchangeCsvTest.example()))
                .param("year", String.valueOf(YEAR)).with(csrf()).with(CsbmCalls.observer())).andReturn().getResponse();
        assertThat(observer.getStatus()).isEqualTo(403);
    }
}
