package org.trackone.csbm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The hotline between two states: an urgent message, its acknowledgement with its time,
 * and its escalation to the secretariat when not acknowledged within the rules' minutes.
 * Time is moved by handing the escalation check the instant it runs at, never by waiting.
 */
@IntegrationTest
class HotlineScenarioTest {

    private static final String HOTLINE = "/api/v1/csbm/bodies/NEACD/hotline";
    private static final String ESCALATIONS = "/api/v1/csbm/bodies/NEACD/hotline/escalations";

    @Autowired MockMvc mvc;
    @Autowired Hotline hotline;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    private JsonNode send(String from, String to, String text) {
        return calls().post(HOTLINE, "{\"addressee\": \"" + to + "\", \"message\": \"" + text + "\"}",
                CsbmCalls.delegate(from)).hasStatus(201).json();
    }

    private static List<Long> escalatedIn(JsonNode report) {
        return report.path("escalatedHotlineMessages").valueStream().map(m -> m.path("id").asLong()).toList();
    }

    private static List<Long> ids(List<HotlineMessage> messages) {
        return messages.stream().map(HotlineMessage::id).toList();
    }

    @Test
    void aMessageNotAcknowledgedWithinTheRulesMinutesIsEscalatedOnceToTheSecretariat() {
        JsonNode sent = send("kor-foreign", "RUS", "Aircraft approaching the line: please confirm you see this.");
        long id = sent.path("id").asLong();
        Instant sentAt = Instant.parse(sent.path("sentAt").asString());
        Instant due = Instant.parse(sent.path("acknowledgementDue").asString());
        assertThat(Duration.between(sentAt, due)).isEqualTo(Duration.ofMinutes(30));
        assertThat(sent.path("delivery").path("addressee").asString()).isEqualTo("RUS");
        assertThat(sent.path("escalated").asBoolean()).isFalse();

        assertThat(ids(hotline.escalateOverdue(due.minusSeconds(60)))).doesNotContain(id);
        assertThat(calls().get(ESCALATIONS, CsbmCalls.secretariat()).json().valueStream()
                .noneMatch(m -> m.path("id").asLong() == id)).isTrue();

        Instant checked = due.plusSeconds(60);
        assertThat(ids(hotline.escalateOverdue(checked))).contains(id);
        assertThat(ids(hotline.escalateOverdue(checked.plusSeconds(600)))).doesNotContain(id);

        // The report names escalated hotline messages only to the secretariat and the two states.
        String year = Integer.toString(Instant.parse(sent.path("sentAt").asString()).atZone(ZoneOffset.UTC).getYear());
        String report = "/api/v1/csbm/bodies/NEACD/reports/" + year;
        assertThat(escalatedIn(calls().get(report, CsbmCalls.secretariat()).json())).contains(id);
        assertThat(escalatedIn(calls().get(report, CsbmCalls.delegate("rus-defence")).json())).contains(id);
        assertThat(escalatedIn(calls().get(report, CsbmCalls.delegate("jpn-foreign")).json())).doesNotContain(id);
        JsonNode escalated = calls().get(ESCALATIONS, CsbmCalls.secretariat()).json().valueStream()
                .filter(m -> m.path("id").asLong() == id).findFirst().orElseThrow();
        assertThat(Instant.parse(escalated.path("escalatedAt").asString())).isEqualTo(checked);
        assertThat(calls().get("/csbm/NEACD/hotline/escalations", CsbmCalls.secretariat()).hasStatus(200).text())
                .contains("/csbm/hotline/" + id).contains(java.time.format.DateTimeFormatter
                        .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC).format(checked));
        calls().get(ESCALATIONS, CsbmCalls.delegate("kor-foreign")).hasStatus(403);
        calls().get("/csbm/NEACD/hotline/escalations", CsbmCalls.delegate("rus-defence")).hasStatus(403);

        HotlineMessage late = hotline.acknowledge(id, "rus-defence", checked.plusSeconds(120));
        assertThat(late.acknowledged()).isTrue();
        assertThat(late.acknowledgedLate()).isTrue();
        assertThat(late.escalatedAt()).isEqualTo(checked);
        String page = calls().get("/csbm/hotline/" + id, CsbmCalls.delegate("kor-defence")).hasStatus(200).text();
        assertThat(page).contains("id=\"escalation\"").contains("acknowledged late").contains("rus-defence");
    }

    @Test
    void aMessageAcknowledgedInTimeIsNotEscalatedAndOnlyTheTwoStatesAndTheSecretariatReadIt() {
        JsonNode sent = send("jpn-defence", "CHN", "Missile test notice: please acknowledge.");
        long id = sent.path("id").asLong();
        Instant due = Instant.parse(sent.path("acknowledgementDue").asString());
        String ack = "/api/v1/csbm/hotline/" + id + "/acknowledgements";
        calls().post(ack, "", CsbmCalls.delegate("kor-defence")).hasStatus(403);
        calls().post(ack, "", CsbmCalls.delegate("jpn-foreign")).hasStatus(403);
        JsonNode acknowledged = calls().post(ack, "", CsbmCalls.delegate("chn-foreign")).hasStatus(200).json();
        assertThat(acknowledged.path("acknowledged").asBoolean()).isTrue();
        assertThat(acknowledged.path("acknowledgedLate").asBoolean()).isFalse();
        assertThat(acknowledged.path("delivery").path("acknowledgedBy").asString()).isEqualTo("chn-foreign");
        assertThat(ids(hotline.escalateOverdue(due.plusSeconds(3600)))).doesNotContain(id);

        calls().get("/api/v1/csbm/hotline/" + id, CsbmCalls.delegate("jpn-foreign")).hasStatus(200);
        calls().get("/api/v1/csbm/hotline/" + id, CsbmCalls.secretariat()).hasStatus(200);
        calls().get("/api/v1/csbm/hotline/" + id, CsbmCalls.delegate("usa-defence")).hasStatus(403);
        calls().get("/csbm/hotline/" + id, CsbmCalls.delegate("rus-foreign")).hasStatus(403);
        assertThat(calls().get(HOTLINE, CsbmCalls.delegate("usa-foreign")).json().valueStream()
                .noneMatch(m -> m.path("id").asLong() == id)).isTrue();
        assertThat(calls().get(HOTLINE, CsbmCalls.delegate("chn-defence")).json().valueStream()
                .anyMatch(m -> m.path("id").asLong() == id)).isTrue();
        assertThat(calls().get("/api/v1/csbm/inbox/items", CsbmCalls.delegate("chn-defence")).json()
                .valueStream().anyMatch(i -> i.path("kind").asString().equals("HOTLINE_MESSAGE")
                        && i.path("itemId").asLong() == id && i.path("acknowledged").asBoolean())).isTrue();
        assertThat(calls().get("/csbm/inbox", CsbmCalls.delegate("chn-defence")).text()).contains("/csbm/hotline/" + id);
    }

    @Test
    void badMessagesAreRefusedNamingTheFieldAndNothingIsWritten() {
        int before = calls().get(HOTLINE, CsbmCalls.secretariat()).json().size();
        var kor = CsbmCalls.delegate("kor-defence");
        calls().post(HOTLINE, "{\"addressee\": \"KOR\", \"message\": \"Hello\"}", kor).refuses("addressee");
        calls().post(HOTLINE, "{\"addressee\": \"PRK\", \"message\": \"Hello\"}", kor).refuses("addressee");
        calls().post(HOTLINE, "{\"message\": \"Hello\"}", kor).refuses("addressee");
        calls().post(HOTLINE, "{\"addressee\": \"RUS\", \"message\": \" \"}", kor).refuses("message");
        calls().post(HOTLINE, "{\"addressee\": \"RUS\", \"message\": \"Hello\", \"urgent\": true}", kor).hasStatus(400);
        calls().post(HOTLINE, "{\"addressee\": \"RUS\", \"message\": \"Hello\"}", CsbmCalls.secretariat())
                .hasStatus(403);
        calls().post(HOTLINE, "{\"addressee\": \"RUS\", \"message\": \"Hello\"}", CsbmCalls.delegate("prk-foreign"))
                .hasStatus(403);
        String form = calls().perform(MockMvcRequestBuilders.post("/csbm/NEACD/hotline/new").with(csrf()).with(kor)
                .param("addressee", "KOR").param("message", "Hello")).hasStatus(422).text();
        assertThat(form).contains("addressee: must be another state than your own");
        assertThat(calls().get(HOTLINE, CsbmCalls.secretariat()).json().size()).isEqualTo(before);
        String sent = calls().perform(MockMvcRequestBuilders.post("/csbm/NEACD/hotline/new").with(csrf()).with(kor)
                .param("addressee", "USA").param("message", "Please call back.")).hasStatus(302).redirect();
        assertThat(sent).startsWith("/csbm/hotline/");
        assertThat(calls().get(HOTLINE, CsbmCalls.secretariat()).json().size()).isEqualTo(before + 1);
    }
}
