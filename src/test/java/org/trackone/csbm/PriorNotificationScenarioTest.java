package org.trackone.csbm;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Prior notification through the API and the pages: judged, delivered, acknowledged; bad input refused. */
@IntegrationTest
@RecordApplicationEvents
class PriorNotificationScenarioTest {

    private static final String NOTIFY = "/api/v1/csbm/bodies/NEACD/notifications";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired MockMvc mvc;
    @Autowired ApplicationEvents events;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    @Test
    void aLateNotificationIsFlaggedDeliveredToEveryOtherStateAndAcknowledged() {
        ObjectNode request = notification("KOR", TODAY.plusDays(20), Map.of("TROOPS", 12000, "BATTLE_TANKS", 120));
        JsonNode sent = calls().post(NOTIFY, request.toString(), CsbmCalls.delegate("kor-defence")).hasStatus(201).json();
        long id = sent.path("id").asLong();
        JsonNode verdict = sent.path("verdict");
        assertThat(verdict.path("notifiable").asBoolean()).isTrue();
        assertThat(verdict.path("observable").asBoolean()).isFalse();
        assertThat(verdict.path("noticeRequiredDays").asInt()).isEqualTo(42);
        assertThat(verdict.path("noticeGivenDays").asInt()).isEqualTo(20);
        assertThat(verdict.path("daysLate").asInt()).isEqualTo(22);
        assertThat(verdict.path("late").asBoolean()).isTrue();
        assertThat(verdict.path("ruleSetVersion").asInt()).isEqualTo(2);
        assertThat(sent.path("deliveries").valueStream().map(d -> d.path("addressee").asString()).toList())
                .containsExactly("CHN", "JPN", "RUS", "USA");
        assertThat(events.stream(NotificationSubmitted.class).filter(e -> e.notificationId() == id).findFirst())
                .hasValueSatisfying(e -> assertThat(e.late()).isTrue());

        JsonNode inbox = calls().get("/api/v1/csbm/inbox", CsbmCalls.delegate("jpn-foreign")).hasStatus(200).json();
        assertThat(inbox.valueStream().anyMatch(i -> i.path("notificationId").asLong() == id)).isTrue();
        calls().post("/api/v1/csbm/notifications/" + id + "/acknowledgements", "", CsbmCalls.delegate("jpn-foreign"))
                .hasStatus(200);
        JsonNode read = calls().get("/api/v1/csbm/notifications/" + id, CsbmCalls.delegate("kor-defence")).json();
        assertThat(read.path("notAcknowledgedBy").valueStream().map(JsonNode::asString).toList())
                .containsExactly("CHN", "RUS", "USA");
        assertThat(read.path("deliveries").path(1).path("acknowledgedAt").isMissingNode()).isFalse();
        assertThat(read.path("deliveries").path(1).path("acknowledgedBy").asString()).isEqualTo("jpn-foreign");
        // The sender's own state is no addressee.
        calls().post("/api/v1/csbm/notifications/" + id + "/acknowledgements", "", CsbmCalls.delegate("kor-foreign"))
                .hasStatus(403);

        String page = calls().get("/csbm/notifications/" + id, CsbmCalls.delegate("kor-defence")).hasStatus(200).text();
        assertThat(page).contains("Late by 22 days.").contains("Not acknowledged yet by: CHN, RUS, USA");
        calls().get("/csbm/notifications/" + id, CsbmCalls.observer()).hasStatus(403);
        calls().get("/api/v1/csbm/notifications/" + id, CsbmCalls.delegate("prk-defence")).hasStatus(403);
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstResult() {
        ObjectNode request = notification("KOR", TODAY.plusDays(60), Map.of("TROOPS", 9500));
        String key = "exercise-" + System.nanoTime();
        int before = count();
        var first = calls().perform(MockMvcRequestBuilders.post(NOTIFY).with(csrf())
                .with(CsbmCalls.delegate("kor-defence")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(request.toString())).hasStatus(201).json();
        request.put("description", "sent again");
        var again = calls().perform(MockMvcRequestBuilders.post(NOTIFY).with(csrf())
                .with(CsbmCalls.delegate("kor-defence")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(request.toString())).hasStatus(200).json();
        assertThat(again.path("id").asLong()).isEqualTo(first.path("id").asLong());
        assertThat(again.path("description").asString()).isEqualTo(first.path("description").asString());
        assertThat(first.path("verdict").path("late").asBoolean()).isFalse();
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void linkedActivitiesAndDeclarationsJustBelowAThresholdAreFlagged() {
        long first = calls().post(NOTIFY, notification("KOR", TODAY.plusDays(50), Map.of("TROOPS", 5000)).toString(),
                CsbmCalls.delegate("kor-defence")).hasStatus(201).json().path("id").asLong();
        ObjectNode second = notification("KOR", TODAY.plusDays(52), Map.of("TROOPS", 4500));
        second.putArray("linkedTo").add(first);
        JsonNode verdict = calls().post(NOTIFY, second.toString(), CsbmCalls.delegate("kor-defence")).hasStatus(201)
                .json().path("verdict");
        assertThat(verdict.path("linkedThresholdsReached").path(0).asString()).isEqualTo("TROOPS");
        assertThat(verdict.path("notifiable").asBoolean()).isTrue();
        // Linked counts beyond any declaration's bound stay at the bound rather than overflow.
        long big = calls().post(NOTIFY, notification("KOR", TODAY.plusDays(60), Map.of("TROOPS", 9_000_000)).toString(),
                CsbmCalls.delegate("kor-defence")).hasStatus(201).json().path("id").asLong();
        ObjectNode bigger = notification("KOR", TODAY.plusDays(61), Map.of("TROOPS", 9_000_000));
        bigger.putArray("linkedTo").add(big);
        calls().post(NOTIFY, bigger.toString(), CsbmCalls.delegate("kor-defence")).hasStatus(201);
        JsonNode near = calls().post(NOTIFY, notification("KOR", TODAY.plusDays(50), Map.of("TROOPS", 8600)).toString(),
                CsbmCalls.delegate("kor-defence")).hasStatus(201).json().path("verdict");
        assertThat(near.path("notifiable").asBoolean()).isFalse();
        assertThat(near.path("nearThreshold").path(0).asString()).isEqualTo("TROOPS");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        int before = count();
        ObjectNode latitude = notification("KOR", TODAY.plusDays(50), Map.of("TROOPS", 10000));
        ((ObjectNode) latitude.path("area").path(0)).put("latitude", 91.5);
        calls().post(NOTIFY, latitude.toString(), CsbmCalls.delegate("kor-defence")).refuses("area[0].latitude");
        ObjectNode longitude = notification("KOR", TODAY.plusDays(50), Map.of("TROOPS", 10000));
        ((ObjectNode) longitude.path("area").path(0)).put("longitude", -200);
        calls().post(NOTIFY, longitude.toString(), CsbmCalls.delegate("kor-defence")).refuses("area[0].longitude");
        calls().post(NOTIFY, notification("KOR", TODAY.plusDays(50), Map.of("TROOPS", -3)).toString(),
                CsbmCalls.delegate("kor-defence")).refuses("forces.TROOPS");
        calls().post(NOTIFY, notification("KOR", TODAY.plusDays(50), Map.of("TROOPS", 2_000_000_000)).toString(),
                CsbmCalls.delegate("kor-defence")).refuses("forces.TROOPS");
        ObjectNode backwards = notification("KOR", TODAY.plusDays(50), Map.of("TROOPS", 10000));
        backwards.put("endsOn", TODAY.plusDays(40).toString());
        calls().post(NOTIFY, backwards.toString(), CsbmCalls.delegate("kor-defence")).refuses("endsOn");
        calls().post(NOTIFY, notification("JPN", TODAY.plusDays(50), Map.of("TROOPS", 10000)).toString(),
                CsbmCalls.delegate("kor-defence")).refuses("state");
        ObjectNode farFuture = notification("KOR", LocalDate.of(3001, 1, 1), Map.of("TROOPS", 10000));
        farFuture.put("endsOn", "3001-01-05");
        calls().post(NOTIFY, farFuture.toString(), CsbmCalls.delegate("kor-defence")).refuses("startsOn");
        ObjectNode fraction = notification("KOR", TODAY.plusDays(50), Map.of());
        ((ObjectNode) fraction.path("forces")).put("TROOPS", 1.5);
        calls().post(NOTIFY, fraction.toString(), CsbmCalls.delegate("kor-defence")).hasStatus(400);
        calls().post(NOTIFY, notification("KOR", TODAY.plusDays(50), Map.of("SUBMARINES", 4)).toString(),
                CsbmCalls.delegate("kor-defence")).hasStatus(400);
        ObjectNode badLink = notification("KOR", TODAY.plusDays(50), Map.of("TROOPS", 10000));
        badLink.putArray("linkedTo").add(987654321L);
        calls().post(NOTIFY, badLink.toString(), CsbmCalls.delegate("kor-defence")).refuses("linkedTo[0]");
        ObjectNode noArea = notification("KOR", TODAY.plusDays(50), Map.of("TROOPS", 10000));
        noArea.putArray("area");
        calls().post(NOTIFY, noArea.toString(), CsbmCalls.delegate("kor-defence")).refuses("area");
        calls().get(NOTIFY + "?size=500", CsbmCalls.secretariat()).refuses("size");
        calls().get(NOTIFY + "?page=-1", CsbmCalls.secretariat()).refuses("page");
        // The foreign ministry does not notify military activities.
        calls().post(NOTIFY, notification("KOR", TODAY.plusDays(50), Map.of("TROOPS", 10000)).toString(),
                CsbmCalls.delegate("kor-foreign")).hasStatus(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aDelegateNotifiesThroughTheFormAndSeesTheVerdict() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.post("/csbm/NEACD/notifications/new").with(csrf())
                .with(CsbmCalls.delegate("usa-defence")).param("type", "LANDING")
                .param("startsOn", TODAY.plusDays(10).toString()).param("endsOn", TODAY.plusDays(12).toString())
                .param("area[0].latitude", "35.1").param("area[0].longitude", "129.0")
                .param("forces[LANDING_TROOPS]", "3600").param("description", "Amphibious landing exercise."))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        var again = mvc.perform(MockMvcRequestBuilders.post("/csbm/NEACD/notifications/new").with(csrf())
                .with(CsbmCalls.delegate("usa-defence")).param("idempotencyKey", "form-twice")
                .param("type", "EXERCISE").param("startsOn", TODAY.plusDays(70).toString())
                .param("endsOn", TODAY.plusDays(72).toString()).param("area[0].latitude", "35.1")
                .param("area[0].longitude", "129.0").param("forces[TROOPS]", "100")).andReturn().getResponse();
        var twice = mvc.perform(MockMvcRequestBuilders.post("/csbm/NEACD/notifications/new").with(csrf())
                .with(CsbmCalls.delegate("usa-defence")).param("idempotencyKey", "form-twice")
                .param("type", "EXERCISE").param("startsOn", TODAY.plusDays(70).toString())
                .param("endsOn", TODAY.plusDays(72).toString()).param("area[0].latitude", "35.1")
                .param("area[0].longitude", "129.0").param("forces[TROOPS]", "100")).andReturn().getResponse();
        assertThat(twice.getRedirectedUrl()).isEqualTo(again.getRedirectedUrl());
        String page = calls().get(response.getRedirectedUrl(), CsbmCalls.delegate("usa-defence")).text();
        assertThat(page).contains("Late by 32 days.").contains("Observable");

        var refused = mvc.perform(MockMvcRequestBuilders.post("/csbm/NEACD/notifications/new").with(csrf())
                .with(CsbmCalls.delegate("usa-defence")).param("type", "EXERCISE")
                .param("startsOn", TODAY.plusDays(10).toString()).param("endsOn", TODAY.plusDays(12).toString())
                .param("area[0].latitude", "95").param("area[0].longitude", "129.0")
                .param("forces[TROOPS]", "3600")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("must be a latitude between -90 and 90");
        calls().get("/csbm/NEACD/notifications/new", CsbmCalls.delegate("usa-foreign")).hasStatus(403);
        String list = calls().get("/csbm/NEACD/notifications", CsbmCalls.secretariat()).hasStatus(200).text();
        assertThat(list).contains("Landing").doesNotContain("Notify a military activity");
    }

    @Test
    void afterTheActivityTheStateFilesWhatTookPlaceAndTheDifferencesAreShown() {
        long id = calls().get(NOTIFY + "?state=RUS&size=200", CsbmCalls.secretariat()).json().path("items").valueStream()
                .filter(n -> n.path("activity").path("forces").path("troops").asInt() == 42000).findFirst()
                .orElseThrow().path("id").asLong();
        String report = "{\"startsOn\": \"2025-06-09\", \"endsOn\": \"2025-06-21\", "
                + "\"forces\": {\"TROOPS\": 47000, \"BATTLE_TANKS\": 300, \"ARTILLERY\": 240}}";
        String path = "/api/v1/csbm/notifications/" + id + "/report";
        calls().post(path, report, CsbmCalls.delegate("chn-defence")).hasStatus(403);
        calls().post(path, report, CsbmCalls.delegate("rus-foreign")).hasStatus(403);
        calls().post(path, report.replace("47000", "-1"), CsbmCalls.delegate("rus-defence")).refuses("forces.TROOPS");
        JsonNode filed = calls().post(path, report, CsbmCalls.delegate("rus-defence")).hasStatus(200).json();
        assertThat(filed.path("differences").path("TROOPS").asInt()).isEqualTo(5000);
        assertThat(filed.path("differences").path("ARTILLERY").asInt()).isEqualTo(-20);
        assertThat(filed.path("differences").has("BATTLE_TANKS")).isFalse();
        assertThat(filed.path("activity").path("forces").path("troops").asInt()).isEqualTo(42000);
        calls().post(path, report, CsbmCalls.delegate("rus-defence")).refuses("notification");
        String page = calls().get("/csbm/notifications/" + id, CsbmCalls.delegate("kor-foreign")).text();
        assertThat(page).contains("What took place").contains("47,000").contains("5,000");

        long future = calls().post(NOTIFY, notification("KOR", TODAY.plusDays(80), Map.of("TROOPS", 9100)).toString(),
                CsbmCalls.delegate("kor-defence")).hasStatus(201).json().path("id").asLong();
        calls().post("/api/v1/csbm/notifications/" + future + "/report", report, CsbmCalls.delegate("kor-defence"))
                .refuses("startsOn");
    }

    @Test
    void theReportFormFilesWhatTookPlace() throws Exception {
        long id = calls().post(NOTIFY, notification("USA", TODAY, Map.of("TROOPS", 10000)).toString(),
                CsbmCalls.delegate("usa-defence")).hasStatus(201).json().path("id").asLong();
        String page = calls().get("/csbm/notifications/" + id, CsbmCalls.delegate("usa-defence")).text();
        assertThat(page).contains("File what took place");
        var filed = mvc.perform(MockMvcRequestBuilders.post("/csbm/notifications/" + id + "/report").with(csrf())
                .with(CsbmCalls.delegate("usa-defence")).param("startsOn", TODAY.toString())
                .param("endsOn", TODAY.plusDays(5).toString()).param("forces[TROOPS]", "12000"))
                .andReturn().getResponse();
        assertThat(filed.getStatus()).isEqualTo(302);
        assertThat(calls().get("/csbm/notifications/" + id, CsbmCalls.delegate("usa-defence")).text())
                .contains("12,000").contains("2,000").doesNotContain("File what took place");
    }

    @Test
    void theNotifyingStateInvitesObserversAndEachInvitedStateAnswersOnce() throws Exception {
        long observable = calls().post(NOTIFY, notification("KOR", TODAY.plusDays(60), Map.of("TROOPS", 14000)).toString(),
                CsbmCalls.delegate("kor-defence")).hasStatus(201).json().path("id").asLong();
        long small = calls().post(NOTIFY, notification("KOR", TODAY.plusDays(60), Map.of("TROOPS", 9500)).toString(),
                CsbmCalls.delegate("kor-defence")).hasStatus(201).json().path("id").asLong();
        calls().post("/api/v1/csbm/notifications/" + small + "/observation-invitations", "",
                CsbmCalls.delegate("kor-defence")).refuses("notification");
        calls().post("/api/v1/csbm/notifications/" + observable + "/observation-invitations", "",
                CsbmCalls.delegate("usa-defence")).hasStatus(403);
        JsonNode invited = calls().post("/api/v1/csbm/notifications/" + observable + "/observation-invitations", "",
                CsbmCalls.delegate("kor-foreign")).hasStatus(200).json();
        assertThat(invited.path("invitations").valueStream().map(i -> i.path("invitedState").asString()).toList())
                .containsExactly("CHN", "JPN", "RUS", "USA");
        calls().post("/api/v1/csbm/notifications/" + observable + "/observation-invitations", "",
                CsbmCalls.delegate("kor-defence")).refuses("notification");
        String answers = "/api/v1/csbm/notifications/" + observable + "/observation-answers";
        calls().post(answers, "{\"accept\": true}", CsbmCalls.delegate("usa-defence")).hasStatus(200);
        calls().post(answers, "{\"accept\": false}", CsbmCalls.delegate("usa-foreign")).refuses("accept");
        calls().post(answers, "{}", CsbmCalls.delegate("chn-foreign")).refuses("accept");
        var declined = mvc.perform(MockMvcRequestBuilders.post("/csbm/notifications/" + observable
                + "/observation-answer").with(csrf()).with(CsbmCalls.delegate("rus-defence")).param("accept", "false"))
                .andReturn().getResponse();
        assertThat(declined.getStatus()).isEqualTo(302);
        String page = calls().get("/csbm/notifications/" + observable, CsbmCalls.delegate("kor-defence")).text();
        assertThat(page).contains("accepted").contains("declined").contains("no answer yet");
    }

    private int count() {
        return calls().get(NOTIFY, CsbmCalls.secretariat()).hasStatus(200).json().path("total").asInt();
    }

    static ObjectNode notification(String state, LocalDate startsOn, Map<String, Integer> forces) {
        ObjectNode request = CsbmCalls.JSON.createObjectNode();
        request.put("state", state);
        request.put("type", "EXERCISE");
        request.put("startsOn", startsOn.toString());
        request.put("endsOn", startsOn.plusDays(5).toString());
        ObjectNode point = request.putArray("area").addObject();
        point.put("latitude", 37.9);
        point.put("longitude", 127.1);
        ObjectNode counts = request.putObject("forces");
        forces.forEach(counts::put);
        request.put("description", "Field training exercise.");
        request.putArray("linkedTo");
        return request;
    }

    static List<String> states() {
        return List.of("CHN", "JPN", "KOR", "RUS", "USA");
    }
}
