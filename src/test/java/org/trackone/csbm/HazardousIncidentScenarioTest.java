package org.trackone.csbm;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Hazardous incident reports: filed by one state, delivered to the other, acknowledged and answered once. */
@IntegrationTest
class HazardousIncidentScenarioTest {

    private static final String INCIDENTS = "/api/v1/csbm/bodies/NEACD/incidents";

    @Autowired MockMvc mvc;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    static ObjectNode report(String otherState) {
        ObjectNode report = CsbmCalls.JSON.createObjectNode();
        report.put("otherState", otherState);
        report.put("environment", "AT_SEA");
        report.put("occurredAt", Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS).toString());
        report.putObject("position").put("latitude", 34.5).put("longitude", 125.75);
        report.put("unitsInvolved", "Patrol vessel of one state; frigate of the other.");
        report.put("closestApproachMetres", 150);
        report.put("whatHappened", "The frigate crossed the patrol vessel's bow at speed.");
        return report;
    }

    private int count() {
        return calls().get(INCIDENTS, CsbmCalls.secretariat()).hasStatus(200).json().size();
    }

    @Test
    void aReportIsDeliveredToTheOtherStateAcknowledgedAndAnsweredOnce() {
        JsonNode sent = calls().post(INCIDENTS, report("CHN").toString(), CsbmCalls.delegate("kor-defence"))
                .hasStatus(201).json();
        long id = sent.path("id").asLong();
        assertThat(sent.path("reportingState").asString()).isEqualTo("KOR");
        assertThat(sent.path("closestApproachMetres").asInt()).isEqualTo(150);
        assertThat(sent.path("deliveries").size()).isEqualTo(1);
        assertThat(sent.path("deliveries").path(0).path("addressee").asString()).isEqualTo("CHN");
        assertThat(sent.path("acknowledged").asBoolean()).isFalse();

        JsonNode inbox = calls().get("/api/v1/csbm/inbox/items", CsbmCalls.delegate("chn-foreign")).json();
        assertThat(inbox.valueStream().anyMatch(i -> i.path("kind").asString().equals("HAZARDOUS_INCIDENT")
                && i.path("itemId").asLong() == id && !i.path("acknowledged").asBoolean())).isTrue();
        assertThat(calls().get("/api/v1/csbm/inbox/items", CsbmCalls.delegate("jpn-foreign")).json()
                .valueStream().noneMatch(i -> i.path("itemId").asLong() == id
                        && i.path("kind").asString().equals("HAZARDOUS_INCIDENT"))).isTrue();

        String ack = "/api/v1/csbm/incidents/" + id + "/acknowledgements";
        calls().post(ack, "", CsbmCalls.delegate("jpn-defence")).hasStatus(403);
        JsonNode acknowledged = calls().post(ack, "", CsbmCalls.delegate("chn-defence")).hasStatus(200).json();
        assertThat(acknowledged.path("acknowledged").asBoolean()).isTrue();
        String first = acknowledged.path("deliveries").path(0).path("acknowledgedAt").asString();
        assertThat(calls().post(ack, "", CsbmCalls.delegate("chn-foreign")).hasStatus(200).json()
                .path("deliveries").path(0).path("acknowledgedAt").asString()).isEqualTo(first);

        String reply = "/api/v1/csbm/incidents/" + id + "/reply";
        String answer = "{\"answer\": \"Our frigate kept to the rules of the road; we propose a meeting of navies.\"}";
        calls().post(reply, answer, CsbmCalls.delegate("kor-foreign")).hasStatus(403);
        calls().post(reply, answer, CsbmCalls.delegate("usa-foreign")).hasStatus(403);
        calls().post(reply, "{\"answer\": \"  \"}", CsbmCalls.delegate("chn-foreign")).refuses("answer");
        JsonNode answered = calls().post(reply, answer, CsbmCalls.delegate("chn-foreign")).hasStatus(200).json();
        assertThat(answered.path("answered").asBoolean()).isTrue();
        assertThat(answered.path("reply").path("repliedBy").asString()).isEqualTo("chn-foreign");
        calls().post(reply, "{\"answer\": \"A second reply.\"}", CsbmCalls.delegate("chn-defence")).refuses("answer");
        assertThat(calls().get("/api/v1/csbm/incidents/" + id, CsbmCalls.delegate("kor-foreign")).json()
                .path("reply").path("answer").asString()).startsWith("Our frigate");

        String page = calls().get("/csbm/incidents/" + id, CsbmCalls.delegate("kor-defence")).hasStatus(200).text();
        assertThat(page).contains("rules of the road").contains("150 m").contains("Acknowledged by CHN");
        // Bilateral: a third state neither reads it nor finds it in the body's list.
        calls().get("/api/v1/csbm/incidents/" + id, CsbmCalls.delegate("rus-foreign")).hasStatus(403);
        calls().get("/csbm/incidents/" + id, CsbmCalls.delegate("usa-defence")).hasStatus(403);
        assertThat(calls().get("/csbm/NEACD/incidents", CsbmCalls.delegate("usa-defence")).hasStatus(200).text())
                .doesNotContain("/csbm/incidents/" + id);
        assertThat(calls().get("/csbm/NEACD/incidents", CsbmCalls.secretariat()).hasStatus(200).text())
                .contains("/csbm/incidents/" + id);
        assertThat(calls().get("/csbm/inbox", CsbmCalls.delegate("chn-defence")).hasStatus(200).text())
                .contains("/csbm/incidents/" + id);
        calls().get("/csbm/incidents/" + id, CsbmCalls.observer()).hasStatus(403);
        calls().get("/api/v1/csbm/incidents/" + id, CsbmCalls.expert()).hasStatus(403);
    }

    @Test
    void badReportsAreRefusedNamingTheFieldAndNothingIsWritten() {
        int before = count();
        var kor = CsbmCalls.delegate("kor-defence");
        ObjectNode latitude = report("CHN");
        latitude.putObject("position").put("latitude", 91).put("longitude", 125);
        calls().post(INCIDENTS, latitude.toString(), kor).refuses("position.latitude");
        ObjectNode longitude = report("CHN");
        longitude.putObject("position").put("latitude", 34).put("longitude", -180.5);
        calls().post(INCIDENTS, longitude.toString(), kor).refuses("position.longitude");
        calls().post(INCIDENTS, report("CHN").put("occurredAt", Instant.now().plus(Duration.ofHours(2)).toString())
                .toString(), kor).refuses("occurredAt");
        calls().post(INCIDENTS, report("CHN").put("closestApproachMetres", -1).toString(), kor)
                .refuses("closestApproachMetres");
        calls().post(INCIDENTS, report("CHN").put("closestApproachMetres", 12.5).toString(), kor).hasStatus(400);
        calls().post(INCIDENTS, report("KOR").toString(), kor).refuses("otherState");
        calls().post(INCIDENTS, report("FRA").toString(), kor).refuses("otherState");
        calls().post(INCIDENTS, report("CHN").put("whatHappened", "").toString(), kor).refuses("whatHappened");
        calls().post(INCIDENTS, report("CHN").put("environment", "ON_LAND").toString(), kor).hasStatus(400);
        calls().post(INCIDENTS, report("CHN").toString(), CsbmCalls.delegate("prk-defence")).hasStatus(403);
        calls().post(INCIDENTS, report("CHN").toString(), CsbmCalls.secretariat()).hasStatus(403);
        assertThat(count()).isEqualTo(before);

        String form = calls().perform(MockMvcRequestBuilders.post("/csbm/NEACD/incidents/new").with(csrf()).with(kor)
                .param("otherState", "CHN").param("environment", "IN_THE_AIR").param("occurredAt", "2026-01-05T10:00")
                .param("latitude", "95").param("longitude", "125").param("unitsInvolved", "Two fighters")
                .param("closestApproachMetres", "30").param("whatHappened", "A close pass.")).hasStatus(422).text();
        assertThat(form).contains("position.latitude").contains("must be a latitude between -90 and 90");
        assertThat(count()).isEqualTo(before);
        String sent = calls().perform(MockMvcRequestBuilders.post("/csbm/NEACD/incidents/new").with(csrf()).with(kor)
                .param("otherState", "RUS").param("environment", "IN_THE_AIR").param("occurredAt", "2026-01-05T10:00")
                .param("latitude", "40.5").param("longitude", "133").param("unitsInvolved", "Two fighters")
                .param("closestApproachMetres", "30").param("whatHappened", "A close pass.")).hasStatus(302).redirect();
        assertThat(sent).startsWith("/csbm/incidents/");
        assertThat(count()).isEqualTo(before + 1);
    }
}
