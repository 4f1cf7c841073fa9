package org.trackone.csbm;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The annual exchange through the API and the pages: private drafts, final submissions, corrections. */
@IntegrationTest
class AnnualExchangeScenarioTest {

    private static final String EXCHANGES = "/api/v1/csbm/bodies/NEACD/exchanges";
    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear() + 1;

    @Autowired MockMvc mvc;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    static ObjectNode information(long personnel) {
        ObjectNode info = CsbmCalls.JSON.createObjectNode();
        ObjectNode budget = info.putObject("budget");
        budget.put("form", "STANDARD");
        budget.put("currency", "JPY");
        ObjectNode matrix = budget.putObject("matrix");
        matrix.putObject("PERSONNEL").put("LAND", 2_000_000L).put("NAVAL", 900_000L).put("AIR", 800_000L);
        matrix.putObject("PROCUREMENT_AND_CONSTRUCTION").put("LAND", 500_000L).put("AIR", 700_000L);
        ObjectNode formation = info.putArray("forces").addObject();
        formation.put("name", "7th Division");
        formation.put("level", "DIVISION");
        formation.putObject("location").put("latitude", 42.8).put("longitude", 141.6);
        formation.put("personnel", personnel);
        formation.putObject("equipment").put("BATTLE_TANKS", 120).put("ARTILLERY", 60);
        ObjectNode planning = info.putObject("planning");
        planning.put("policy", "An exclusively defence-oriented policy.");
        planning.putArray("plannedBudgets").addObject().put("year", YEAR + 1).put("amount", 5_000_000L);
        return info;
    }

    private String path(String state) {
        return EXCHANGES + "/" + state + "/" + YEAR;
    }

    @Test
    void aDraftIsPrivateUntilSubmittedAndACorrectionIsANewVersion() {
        var saved = calls().perform(MockMvcRequestBuilders.put(path("JPN") + "/draft").with(csrf())
                .with(CsbmCalls.delegate("jpn-defence")).contentType(MediaType.APPLICATION_JSON)
                .content(information(9000).toString())).hasStatus(200).json();
        assertThat(saved.path("information").path("forces").path(0).path("personnel").asInt()).isEqualTo(9000);
        calls().get(path("JPN") + "/draft", CsbmCalls.delegate("jpn-foreign")).hasStatus(200);
        calls().get(path("JPN") + "/draft", CsbmCalls.delegate("kor-defence")).hasStatus(403);
        calls().get(path("JPN") + "/draft", CsbmCalls.secretariat()).hasStatus(403);
        calls().get(path("JPN"), CsbmCalls.delegate("kor-defence")).hasStatus(404);

        ObjectNode submission = CsbmCalls.JSON.createObjectNode();
        submission.set("information", information(9100));
        JsonNode first = calls().post(path("JPN"), submission.toString(), CsbmCalls.delegate("jpn-defence"))
                .hasStatus(201).json();
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("dueOn").asString()).isEqualTo((YEAR - 1) + "-12-15");
        // A second submission must be a correction.
        calls().post(path("JPN"), submission.toString(), CsbmCalls.delegate("jpn-defence")).refuses("corrects");
        submission.put("corrects", 1);
        submission.set("information", information(9200));
        calls().post(path("JPN"), submission.toString(), CsbmCalls.delegate("jpn-defence")).hasStatus(201);
        JsonNode versions = calls().get(path("JPN"), CsbmCalls.delegate("kor-defence")).hasStatus(200).json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.path(0).path("information").path("forces").path(0).path("personnel").asInt()).isEqualTo(9100);
        assertThat(versions.path(1).path("corrects").asInt()).isEqualTo(1);

        String page = calls().get("/csbm/NEACD/exchanges/JPN/" + YEAR, CsbmCalls.secretariat()).hasStatus(200).text();
        assertThat(page).contains("7th Division").contains("2,000,000").contains("9,200")
                .contains("href=\"/csbm/NEACD/exchanges/JPN/" + YEAR + "?version=1\"");
    }

    @Test
    void aDelegateIsRemindedOfItsStatesExchangesDueAndOverdue() {
        String page = calls().get("/csbm/NEACD/exchanges", CsbmCalls.delegate("rus-foreign")).hasStatus(200).text();
        assertThat(page).contains("Annual exchange of military information for 2024").contains("2023-12-15")
                .contains("overdue by");
        String china = calls().get("/csbm/NEACD/exchanges", CsbmCalls.delegate("chn-defence")).text();
        assertThat(china).contains("Annual exchange of military information for 2025").contains("2024-12-15")
                .doesNotContain("Annual exchange of military information for 2026");
    }

    @Test
    void badExchangesAreRefusedNamingTheField() {
        ObjectNode submission = CsbmCalls.JSON.createObjectNode();
        ObjectNode info = information(100);
        ((ObjectNode) info.path("budget")).put("currency", "XXQ");
        submission.set("information", info);
        calls().post(path("RUS"), submission.toString(), CsbmCalls.delegate("rus-defence"))
                .refuses("information.budget.currency");
        info = information(100);
        ((ObjectNode) info.path("forces").path(0).path("location")).put("latitude", 120);
        submission.set("information", info);
        calls().post(path("RUS"), submission.toString(), CsbmCalls.delegate("rus-defence"))
                .refuses("information.forces[0].location.latitude");
        info = information(-4);
        submission.set("information", info);
        calls().post(path("RUS"), submission.toString(), CsbmCalls.delegate("rus-defence"))
                .refuses("information.forces[0].personnel");
        info = information(20_000_000);
        submission.set("information", info);
        calls().post(path("RUS"), submission.toString(), CsbmCalls.delegate("rus-defence"))
                .refuses("information.forces[0].personnel");
        // Amounts whose total would not fit a number are a typing error, not a budget.
        info = information(100);
        ((ObjectNode) info.path("budget").path("matrix").path("PERSONNEL")).put("LAND", Long.MAX_VALUE);
        submission.set("information", info);
        calls().post(path("RUS"), submission.toString(), CsbmCalls.delegate("rus-defence"))
                .refuses("information.budget.matrix.PERSONNEL.LAND");
        info = information(100);
        ((ObjectNode) info.path("forces").path(0).path("equipment")).put("SUBMARINES", 2);
        submission.set("information", info);
        calls().post(path("RUS"), submission.toString(), CsbmCalls.delegate("rus-defence")).hasStatus(400);
        submission.set("information", information(100));
        calls().post(EXCHANGES + "/RUS/1800", submission.toString(), CsbmCalls.delegate("rus-defence")).refuses("year");
        calls().post(path("USA"), submission.toString(), CsbmCalls.delegate("rus-defence")).refuses("state");
        calls().post(path("RUS"), submission.toString(), CsbmCalls.delegate("rus-foreign")).hasStatus(403);
        calls().get(path("RUS"), CsbmCalls.secretariat()).hasStatus(404);
    }

    @Test
    void aNilReportAndTheSimplifiedFormAreAccepted() {
        ObjectNode submission = CsbmCalls.JSON.createObjectNode();
        ObjectNode info = information(100);
        info.putObject("budget").put("form", "NIL");
        submission.set("information", info);
        calls().post(EXCHANGES + "/CHN/" + YEAR, submission.toString(), CsbmCalls.delegate("chn-defence"))
                .hasStatus(201);
        ObjectNode simplified = information(100);
        ObjectNode budget = simplified.putObject("budget");
        budget.put("form", "SIMPLIFIED");
        budget.put("currency", "CNY");
        budget.putObject("simplified").put("PERSONNEL", 10L).put("RESEARCH_AND_DEVELOPMENT", 5L);
        submission.set("information", simplified);
        submission.put("corrects", 1);
        JsonNode corrected = calls().post(EXCHANGES + "/CHN/" + YEAR, submission.toString(),
                CsbmCalls.delegate("chn-defence")).hasStatus(201).json();
        assertThat(corrected.path("information").path("budget").path("simplified").path("PERSONNEL").asLong())
                .isEqualTo(10);
    }

    @Test
    void aDelegateImportsJsonAsADraftOnThePageAndSubmitsIt() throws Exception {
        var imported = mvc.perform(MockMvcRequestBuilders.post("/csbm/NEACD/exchanges/import").with(csrf())
                .with(CsbmCalls.delegate("usa-defence")).param("year", String.valueOf(YEAR))
                .param("information", information(3000).toString())).andReturn().getResponse();
        assertThat(imported.getStatus()).isEqualTo(302);
        String draft = calls().get(imported.getRedirectedUrl(), CsbmCalls.delegate("usa-defence")).hasStatus(200).text();
        assertThat(draft).contains("7th Division").contains("Submit the exchange");
        var submitted = mvc.perform(MockMvcRequestBuilders.post(imported.getRedirectedUrl() + "/submit").with(csrf())
                .with(CsbmCalls.delegate("usa-defence"))).andReturn().getResponse();
        assertThat(submitted.getStatus()).isEqualTo(302);
        calls().get(path("USA"), CsbmCalls.delegate("kor-foreign")).hasStatus(200);
        calls().get(imported.getRedirectedUrl(), CsbmCalls.delegate("usa-defence")).hasStatus(404);

        var refused = mvc.perform(MockMvcRequestBuilders.post("/csbm/NEACD/exchanges/import").with(csrf())
                .with(CsbmCalls.delegate("usa-defence")).param("year", String.valueOf(YEAR))
                .param("information", "{\"budget\": ")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("The text is not an exchange in JSON");
    }
}
