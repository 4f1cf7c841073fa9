package org.trackone.csbm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Clarification requests and consultation on unusual military activity, through the API and the pages. */
@IntegrationTest
class RiskReductionScenarioTest {

    private static final String REQUESTS = "/api/v1/csbm/bodies/NEACD/requests";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired MockMvc mvc;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    private long chinaNotification() {
        return calls().get("/api/v1/csbm/bodies/NEACD/notifications?state=CHN", CsbmCalls.secretariat()).json()
                .path("items").path(0).path("id").asLong();
    }

    private static ObjectNode request(String kind) {
        ObjectNode request = CsbmCalls.JSON.createObjectNode();
        request.put("kind", kind);
        request.put("question", "Please explain the size of the forces declared.");
        return request;
    }

    @Test
    void aClarificationIsAnsweredOnceByTheStateAsked() {
        ObjectNode ask = request("CLARIFICATION");
        ask.put("aboutNotification", chinaNotification());
        ask.put("replyBy", TODAY.plusDays(10).toString());
        JsonNode sent = calls().post(REQUESTS, ask.toString(), CsbmCalls.delegate("kor-foreign")).hasStatus(201).json();
        long id = sent.path("id").asLong();
        assertThat(sent.path("addresseeState").asString()).isEqualTo("CHN");
        assertThat(sent.path("replyDue").asString()).startsWith(TODAY.plusDays(11).toString());
        assertThat(sent.path("closed").asBoolean()).isFalse();

        String reply = "{\"answer\": \"The exercise was planned as a staff exercise.\"}";
        calls().post("/api/v1/csbm/requests/" + id + "/reply", reply, CsbmCalls.delegate("rus-defence")).hasStatus(403);
        JsonNode answered = calls().post("/api/v1/csbm/requests/" + id + "/reply", reply,
                CsbmCalls.delegate("chn-foreign")).hasStatus(200).json();
        assertThat(answered.path("closed").asBoolean()).isTrue();
        assertThat(answered.path("repliedLate").asBoolean()).isFalse();
        calls().post("/api/v1/csbm/requests/" + id + "/reply", reply, CsbmCalls.delegate("chn-defence"))
                .refuses("answer");
        calls().post("/api/v1/csbm/requests/" + id + "/meeting", "{\"scope\": \"BILATERAL\"}",
                CsbmCalls.delegate("kor-foreign")).refuses("scope");

        String page = calls().get("/csbm/requests/" + id, CsbmCalls.delegate("usa-foreign")).hasStatus(200).text();
        assertThat(page).contains("staff exercise").contains("Reply due");
        calls().get("/csbm/requests/" + id, CsbmCalls.observer()).hasStatus(403);
    }

    @Test
    void unusualMilitaryActivityIsAnsweredWithin48HoursThenAMeetingWithin48HoursOfTheReply() {
        ObjectNode ask = request("UNUSUAL_ACTIVITY");
        ask.put("addressee", "RUS");
        Instant before = Instant.now();
        JsonNode sent = calls().post(REQUESTS, ask.toString(), CsbmCalls.delegate("jpn-defence")).hasStatus(201).json();
        long id = sent.path("id").asLong();
        Instant due = Instant.parse(sent.path("replyDue").asString());
        Instant asked = Instant.parse(sent.path("askedAt").asString());
        assertThat(Duration.between(asked, due)).isEqualTo(Duration.ofHours(48));
        assertThat(asked).isAfterOrEqualTo(before.minusSeconds(1));
        calls().post("/api/v1/csbm/requests/" + id + "/meeting", "{\"scope\": \"ALL_STATES\"}",
                CsbmCalls.delegate("jpn-foreign")).refuses("scope");
        JsonNode answered = calls().post("/api/v1/csbm/requests/" + id + "/reply",
                "{\"answer\": \"A routine readiness check.\"}", CsbmCalls.delegate("rus-foreign")).hasStatus(200).json();
        Instant replied = Instant.parse(answered.path("reply").path("repliedAt").asString());
        JsonNode meeting = calls().post("/api/v1/csbm/requests/" + id + "/meeting", "{\"scope\": \"ALL_STATES\"}",
                CsbmCalls.delegate("jpn-foreign")).hasStatus(200).json().path("meeting");
        assertThat(meeting.path("scope").asString()).isEqualTo("ALL_STATES");
        assertThat(Duration.between(replied, Instant.parse(meeting.path("meetingDue").asString())))
                .isEqualTo(Duration.ofHours(48));
        calls().post("/api/v1/csbm/requests/" + id + "/meeting", "{\"scope\": \"BILATERAL\"}",
                CsbmCalls.delegate("jpn-defence")).refuses("scope");
        assertThat(calls().get(REQUESTS, CsbmCalls.delegate("usa-defence")).json().valueStream()
                .anyMatch(r -> r.path("id").asLong() == id)).isTrue();
    }

    @Test
    void badRequestsAreRefusedNamingTheFieldAndNothingIsWritten() {
        int before = calls().get(REQUESTS, CsbmCalls.secretariat()).json().size();
        ObjectNode both = request("CLARIFICATION");
        both.put("aboutNotification", chinaNotification());
        both.put("aboutExchange", 1);
        both.put("replyBy", TODAY.plusDays(3).toString());
        calls().post(REQUESTS, both.toString(), CsbmCalls.delegate("kor-foreign")).refuses("aboutExchange");
        ObjectNode today = request("CLARIFICATION");
        today.put("aboutNotification", chinaNotification());
        today.put("replyBy", TODAY.toString());
        assertThat(calls().post(REQUESTS, today.toString(), CsbmCalls.delegate("kor-foreign")).refuses("replyBy")
                .json().path("errors").path(0).path("reason").asString()).contains("after today");
        calls().post(REQUESTS, today.put("replyBy", TODAY.plusDays(3).toString()).toString(),
                CsbmCalls.delegate("chn-foreign")).refuses("aboutNotification");
        ObjectNode self = request("UNUSUAL_ACTIVITY");
        self.put("addressee", "KOR");
        calls().post(REQUESTS, self.toString(), CsbmCalls.delegate("kor-defence")).refuses("addressee");
        ObjectNode empty = request("UNUSUAL_ACTIVITY");
        empty.put("addressee", "USA");
        empty.put("question", " ");
        calls().post(REQUESTS, empty.toString(), CsbmCalls.delegate("kor-defence")).refuses("question");
        calls().post(REQUESTS, request("UNUSUAL_ACTIVITY").put("addressee", "USA").toString(),
                CsbmCalls.delegate("prk-defence")).hasStatus(403);
        calls().get(REQUESTS, CsbmCalls.expert()).hasStatus(403);
        assertThat(calls().get(REQUESTS, CsbmCalls.secretariat()).json().size()).isEqualTo(before);
    }
}
