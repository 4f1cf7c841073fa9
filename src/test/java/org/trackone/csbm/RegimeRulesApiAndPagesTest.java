package org.trackone.csbm;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The regime as versioned data, through the API and the secretariat's pages, on the real database. */
@IntegrationTest
class RegimeRulesApiAndPagesTest {

    private static final String RULES = "/api/v1/csbm/bodies/NEACD/rule-sets";

    @Autowired MockMvc mvc;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    @Test
    void theDemonstrationHasTheStageOneRegimeThenTheFullRegimeInForce() {
        var versions = calls().get(RULES, CsbmCalls.observer()).hasStatus(200).json();
        assertThat(versions.size()).isGreaterThanOrEqualTo(2);
        assertThat(versions.path(0).path("stage").asInt()).isEqualTo(1);
        assertThat(versions.path(0).path("effectiveFrom").asString()).isEqualTo("1994-01-01");
        assertThat(versions.path(1).path("inForce").asBoolean()).isTrue();
        assertThat(versions.path(1).path("rules").path("notificationThresholds").path("TROOPS").asInt()).isEqualTo(9000);
        assertThat(versions.path(1).path("rules").path("description").asString()).contains("Vienna Document 2011");
        calls().get(RULES + "/2", CsbmCalls.observer()).hasStatus(200);
        calls().get(RULES + "/99", CsbmCalls.observer()).hasStatus(404);
        calls().get("/api/v1/csbm/bodies/NOPE/rule-sets", CsbmCalls.observer()).hasStatus(404);
    }

    @Test
    void theSecretariatAdoptsANewVersionThatAppliesFromTomorrowOn() {
        String body = "/api/v1/csbm/bodies/FPT-PEACE/rule-sets";
        int before = calls().get(body, CsbmCalls.observer()).json().size();
        ObjectNode request = request(LocalDate.now(ZoneOffset.UTC).plusDays(30));
        var adopted = calls().post(body, request.toString(), CsbmCalls.secretariat()).hasStatus(201).json();
        assertThat(adopted.path("version").asInt()).isEqualTo(before + 1);
        assertThat(calls().get(body, CsbmCalls.observer()).json().size()).isEqualTo(before + 1);
    }

    @Test
    void badRulesAreRefusedNamingTheFieldAndNothingIsWritten() {
        String body = "/api/v1/csbm/bodies/FPT-TENSION/rule-sets";
        int before = calls().get(body, CsbmCalls.observer()).json().size();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        calls().post(body, request(today).toString(), CsbmCalls.secretariat()).refuses("effectiveFrom");
        ObjectNode negative = request(today.plusDays(10));
        ((ObjectNode) negative.path("rules").path("notificationThresholds")).put("TROOPS", -5);
        calls().post(body, negative.toString(), CsbmCalls.secretariat())
                .refuses("rules.notificationThresholds.TROOPS");
        ObjectNode noHotlineTime = request(today.plusDays(10));
        ((ObjectNode) noHotlineTime.path("rules")).put("hotlineAcknowledgementMinutes", 0);
        calls().post(body, noHotlineTime.toString(), CsbmCalls.secretariat())
                .refuses("rules.hotlineAcknowledgementMinutes");
        ObjectNode noIncidentTime = request(today.plusDays(10));
        ((ObjectNode) noIncidentTime.path("rules")).put("incidentReplyHours", 0);
        calls().post(body, noIncidentTime.toString(), CsbmCalls.secretariat()).refuses("rules.incidentReplyHours");
        ((ObjectNode) noIncidentTime.path("rules")).remove("incidentReplyHours");
        calls().post(body, noIncidentTime.toString(), CsbmCalls.secretariat()).refuses("rules.incidentReplyHours");
        ObjectNode noName = request(today.plusDays(10));
        ((ObjectNode) noName.path("rules")).remove("name");
        calls().post(body, noName.toString(), CsbmCalls.secretariat()).refuses("rules.name");
        ObjectNode unknownForce = request(today.plusDays(10));
        ((ObjectNode) unknownForce.path("rules").path("notificationThresholds")).put("SUBMARINES", 5);
        calls().post(body, unknownForce.toString(), CsbmCalls.secretariat()).hasStatus(400);
        calls().post(body, request(today.plusDays(10)).toString(), CsbmCalls.delegate("kor-defence")).hasStatus(403);
        assertThat(calls().get(body, CsbmCalls.observer()).json().size()).isEqualTo(before);
    }

    @Test
    void theRulesPageShowsTheRulesInForceAndTheirHistory() {
        String page = calls().get("/csbm/NEACD/rules", CsbmCalls.delegate("kor-defence")).hasStatus(200).text();
        assertThat(page).contains("Vienna Document 2011").contains("9,000").contains("42 days")
                .contains("Stage 1: transparency").doesNotContain("New version of the rules")
                .contains("acknowledged within 30 minutes, or escalated to the secretariat")
                .contains("replied to within 48 hours of the report");
        String forSecretariat = calls().get("/csbm/NEACD/rules", CsbmCalls.secretariat()).text();
        assertThat(forSecretariat).contains("New version of the rules");
        String form = calls().get("/csbm/NEACD/rules/new", CsbmCalls.secretariat()).hasStatus(200).text();
        assertThat(form).contains("value=\"9000\"").contains("value=\"12-15\"");
    }

    @Test
    void theFormAdoptsEveryNumberAsANewVersion() throws Exception {
        LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(40);
        var result = mvc.perform(post("/csbm/SIX-PARTY/rules/new").with(CsbmCalls.secretariat()).with(csrf())
                .param("effectiveFrom", from.toString()).param("name", "Six-party first step")
                .param("description", "Transparency and notification.")
                .param("measures", "ANNUAL_EXCHANGE", "PRIOR_NOTIFICATION").param("exchangeDue", "12-15")
                .param("exchangeValidFrom", "01-01").param("noticeDays", "30")
                .param("notificationThresholds[TROOPS]", "8000").param("nearThresholdPercent", "10")
                .param("calendarDue", "11-15").param("unusualActivityReplyHours", "48")
                .param("unusualActivityMeetingHours", "48").param("hotlineAcknowledgementMinutes", "20")
                .param("incidentReplyHours", "72"))
                .andReturn().getResponse();
        assertThat(result.getStatus()).isEqualTo(302);
        var versions = calls().get("/api/v1/csbm/bodies/SIX-PARTY/rule-sets", CsbmCalls.observer()).json();
        var latest = versions.path(versions.size() - 1);
        assertThat(latest.path("rules").path("noticeDays").asInt()).isEqualTo(30);
        assertThat(latest.path("rules").path("hotlineAcknowledgementMinutes").asInt()).isEqualTo(20);
        assertThat(latest.path("rules").path("incidentReplyHours").asInt()).isEqualTo(72);
        assertThat(latest.path("rules").path("notificationThresholds").path("TROOPS").asInt()).isEqualTo(8000);
        assertThat(latest.path("effectiveFrom").asString()).isEqualTo(from.toString());

        var refused = mvc.perform(post("/csbm/SIX-PARTY/rules/new").with(CsbmCalls.secretariat()).with(csrf())
                .param("effectiveFrom", from.toString()).param("name", "Broken").param("exchangeDue", "13-45")
                .param("exchangeValidFrom", "01-01").param("noticeDays", "30").param("nearThresholdPercent", "10")
                .param("calendarDue", "11-15").param("unusualActivityReplyHours", "48")
                .param("unusualActivityMeetingHours", "48")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("must be a day of the year");
        assertThat(calls().get("/api/v1/csbm/bodies/SIX-PARTY/rule-sets", CsbmCalls.observer()).json().size())
                .isEqualTo(versions.size());
    }

    private static ObjectNode request(LocalDate effectiveFrom) {
        RuleSet rules = RegimeDemonstration.read("csbm/regime-vienna-document-2011.yaml").rules();
        ObjectNode request = CsbmCalls.JSON.createObjectNode();
        request.put("effectiveFrom", effectiveFrom.toString());
        request.set("rules", CsbmCalls.JSON.valueToTree(rules));
        return request;
    }
}
