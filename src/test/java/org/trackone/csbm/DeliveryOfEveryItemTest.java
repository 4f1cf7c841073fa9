package org.trackone.csbm;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Annual exchanges, annual calendars, risk-reduction requests, the replies to requests and
 * incident reports, meeting requests and reports of what took place reach their addressee
 * states' inboxes; each state acknowledges once, its time recorded, and the sender sees
 * who has not.
 */
@IntegrationTest
class DeliveryOfEveryItemTest {

    private static final int NEXT = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
    private static final String ITEMS = "/api/v1/csbm/inbox/items";

    @Autowired MockMvc mvc;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    private JsonNode item(String delegate, String kind, long id) {
        return calls().get(ITEMS, CsbmCalls.delegate(delegate)).hasStatus(200).json().valueStream()
                .filter(i -> i.path("kind").asString().equals(kind) && i.path("itemId").asLong() == id)
                .findFirst().orElseThrow(() -> new AssertionError(kind + " " + id + " not in the inbox of " + delegate));
    }

    @Test
    void aRequestReachesTheStateAskedWhichAcknowledgesItOnce() {
        long id = calls().post("/api/v1/csbm/bodies/NEACD/requests", """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "JPN", "question": "Why the destroyers?"}""",
                CsbmCalls.delegate("chn-defence")).hasStatus(201).json().path("id").asLong();
        assertThat(item("jpn-foreign", "RISK_REDUCTION_REQUEST", id).path("acknowledged").asBoolean()).isFalse();
        assertThat(calls().get(ITEMS, CsbmCalls.delegate("usa-foreign")).json().valueStream()
                .noneMatch(i -> i.path("kind").asString().equals("RISK_REDUCTION_REQUEST")
                        && i.path("itemId").asLong() == id)).isTrue();

        String deliveries = "/api/v1/csbm/deliveries/RISK_REDUCTION_REQUEST/" + id;
        JsonNode waiting = calls().get(deliveries, CsbmCalls.delegate("chn-foreign")).hasStatus(200).json();
        assertThat(waiting.size()).isEqualTo(1);
        assertThat(waiting.path(0).path("acknowledged").asBoolean()).isFalse();
        calls().post(deliveries + "/acknowledgements", "", CsbmCalls.delegate("kor-defence")).hasStatus(403);
        JsonNode acknowledged = calls().post(deliveries + "/acknowledgements", "", CsbmCalls.delegate("jpn-foreign"))
                .hasStatus(200).json();
        String at = acknowledged.path(0).path("acknowledgedAt").asString();
        assertThat(acknowledged.path(0).path("acknowledgedBy").asString()).isEqualTo("jpn-foreign");
        assertThat(calls().post(deliveries + "/acknowledgements", "", CsbmCalls.delegate("jpn-defence")).json()
                .path(0).path("acknowledgedAt").asString()).isEqualTo(at);
        assertThat(calls().get("/csbm/requests/" + id, CsbmCalls.delegate("chn-foreign")).text())
                .contains("JPN acknowledged on");
    }

    @Test
    void anExchangeAndACalendarReachEveryOtherStateAndTheSenderSeesWhoHasNotAcknowledged() {
        ObjectNode submission = CsbmCalls.JSON.createObjectNode();
        submission.set("information", AnnualExchangeScenarioTest.information(38000));
        long exchange = calls().post("/api/v1/csbm/bodies/NEACD/exchanges/RUS/" + NEXT, submission.toString(),
                CsbmCalls.delegate("rus-defence")).hasStatus(201).json().path("id").asLong();
        JsonNode delivered = item("kor-defence", "ANNUAL_EXCHANGE", exchange);
        assertThat(delivered.path("year").asInt()).isEqualTo(NEXT);
        assertThat(delivered.path("version").asInt()).isEqualTo(1);
        assertThat(calls().get("/csbm/NEACD/exchanges/RUS/" + NEXT, CsbmCalls.delegate("rus-foreign")).text())
                .contains("Not acknowledged yet by: CHN, JPN, KOR, USA");

        String inbox = calls().perform(MockMvcRequestBuilders.post("/csbm/inbox/ANNUAL_EXCHANGE/" + exchange
                + "/acknowledge").with(csrf()).with(CsbmCalls.delegate("kor-defence"))).hasStatus(302).redirect();
        assertThat(inbox).isEqualTo("/csbm/inbox");
        assertThat(item("kor-foreign", "ANNUAL_EXCHANGE", exchange).path("acknowledged").asBoolean()).isTrue();
        assertThat(calls().get("/csbm/NEACD/exchanges/RUS/" + NEXT, CsbmCalls.delegate("rus-foreign")).text())
                .contains("KOR acknowledged on").contains("Not acknowledged yet by: CHN, JPN, USA");
        calls().perform(MockMvcRequestBuilders.post("/csbm/inbox/ANNUAL_EXCHANGE/" + exchange + "/acknowledge")
                .with(csrf()).with(CsbmCalls.delegate("rus-defence"))).hasStatus(403);

        ObjectNode calendar = CsbmCalls.JSON.createObjectNode();
        calendar.putArray("entries").addObject().put("type", "EXERCISE").put("startsOn", NEXT + "-06-01")
                .put("endsOn", NEXT + "-06-05").put("troops", 14000);
        long calendarId = calls().post("/api/v1/csbm/bodies/NEACD/calendars/RUS/" + NEXT, calendar.toString(),
                CsbmCalls.delegate("rus-defence")).hasStatus(201).json().path("id").asLong();
        assertThat(item("usa-defence", "ANNUAL_CALENDAR", calendarId).path("year").asInt()).isEqualTo(NEXT);
        assertThat(calls().get("/csbm/inbox", CsbmCalls.delegate("usa-defence")).text())
                .contains("Annual calendar " + NEXT + ", version 1").contains("Annual exchange " + NEXT + ", version 1");
    }

    @Test
    void aReplyReachesTheRequestingStateAndAMeetingRequestForAllStatesReachesEveryOtherState() {
        long id = calls().post("/api/v1/csbm/bodies/NEACD/requests", """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "RUS", "question": "Why the bombers?"}""",
                CsbmCalls.delegate("usa-defence")).hasStatus(201).json().path("id").asLong();
        calls().post("/api/v1/csbm/requests/" + id + "/reply", "{\"answer\": \"A routine patrol.\"}",
                CsbmCalls.delegate("rus-foreign")).hasStatus(200);
        assertThat(item("usa-foreign", "REQUEST_REPLY", id).path("fromState").asString()).isEqualTo("RUS");
        assertThat(calls().get(ITEMS, CsbmCalls.delegate("kor-foreign")).json().valueStream()
                .noneMatch(i -> i.path("kind").asString().equals("REQUEST_REPLY") && i.path("itemId").asLong() == id))
                .isTrue();
        assertThat(calls().get("/csbm/requests/" + id, CsbmCalls.delegate("rus-foreign")).text())
                .contains("Delivery of the reply").contains("Not acknowledged yet by: USA");
        calls().post("/api/v1/csbm/deliveries/REQUEST_REPLY/" + id + "/acknowledgements", "",
                CsbmCalls.delegate("rus-defence")).hasStatus(403);
        calls().post("/api/v1/csbm/deliveries/REQUEST_REPLY/" + id + "/acknowledgements", "",
                CsbmCalls.delegate("usa-foreign")).hasStatus(200);
        assertThat(calls().get("/csbm/requests/" + id, CsbmCalls.delegate("rus-foreign")).text())
                .contains("USA acknowledged on");

        calls().post("/api/v1/csbm/requests/" + id + "/meeting", "{\"scope\": \"ALL_STATES\"}",
                CsbmCalls.delegate("usa-foreign")).hasStatus(200);
        JsonNode meeting = calls().get("/api/v1/csbm/deliveries/MEETING_REQUEST/" + id, CsbmCalls.delegate("kor-defence"))
                .hasStatus(200).json();
        assertThat(addressees(meeting)).isEqualTo(List.of("CHN", "JPN", "KOR", "RUS"));
        assertThat(item("chn-foreign", "MEETING_REQUEST", id).path("fromState").asString()).isEqualTo("USA");
        assertThat(calls().get("/csbm/inbox", CsbmCalls.delegate("chn-foreign")).text()).contains("Meeting request #" + id);
    }

    private static List<String> addressees(JsonNode deliveries) {
        return deliveries.valueStream().map(d -> d.path("addressee").asString()).toList();
    }

    @Test
    void anIncidentReplyReachesTheReportingStateAndStaysBetweenTheTwo() {
        long id = calls().post("/api/v1/csbm/bodies/NEACD/incidents", HazardousIncidentScenarioTest.report("JPN").toString(),
                CsbmCalls.delegate("kor-defence")).hasStatus(201).json().path("id").asLong();
        calls().post("/api/v1/csbm/incidents/" + id + "/reply", "{\"answer\": \"Our frigate kept its course.\"}",
                CsbmCalls.delegate("jpn-defence")).hasStatus(200);
        assertThat(item("kor-foreign", "INCIDENT_REPLY", id).path("acknowledged").asBoolean()).isFalse();
        String deliveries = "/api/v1/csbm/deliveries/INCIDENT_REPLY/" + id;
        calls().get(deliveries, CsbmCalls.delegate("usa-defence")).hasStatus(403);
        calls().get(deliveries, CsbmCalls.secretariat()).hasStatus(200);
        assertThat(calls().get("/csbm/incidents/" + id, CsbmCalls.delegate("jpn-defence")).text())
                .contains("Delivery of the reply");
        calls().post(deliveries + "/acknowledgements", "", CsbmCalls.delegate("kor-defence")).hasStatus(200);
        assertThat(calls().get(deliveries, CsbmCalls.delegate("jpn-foreign")).json().path(0).path("acknowledgedBy")
                .asString()).isEqualTo("kor-defence");
    }

    @Test
    void aReportOfWhatTookPlaceReachesTheStatesTheNotificationReached() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode notified = calls().post("/api/v1/csbm/bodies/NEACD/notifications",
                PriorNotificationScenarioTest.notification("JPN", today, Map.of("TROOPS", 9500)).toString(),
                CsbmCalls.delegate("jpn-defence")).hasStatus(201).json();
        long id = notified.path("id").asLong();
        List<String> reached = addressees(notified.path("deliveries"));
        calls().post("/api/v1/csbm/notifications/" + id + "/report", "{\"startsOn\": \"" + today + "\", \"endsOn\": \""
                + today.plusDays(3) + "\", \"forces\": {\"TROOPS\": 9800}}", CsbmCalls.delegate("jpn-defence"))
                .hasStatus(200);
        JsonNode delivered = calls().get("/api/v1/csbm/deliveries/ACTIVITY_REPORT/" + id, CsbmCalls.delegate("jpn-foreign"))
                .hasStatus(200).json();
        assertThat(addressees(delivered)).isEqualTo(reached).contains("KOR");
        assertThat(item("kor-defence", "ACTIVITY_REPORT", id).path("fromState").asString()).isEqualTo("JPN");
        assertThat(calls().get("/csbm/notifications/" + id, CsbmCalls.delegate("jpn-foreign")).text())
                .contains("Delivery of the report of what took place");
    }

    @Test
    void anInvitationToObserveReachesEveryInvitedState() {
        long id = calls().post("/api/v1/csbm/bodies/NEACD/notifications", PriorNotificationScenarioTest.notification("CHN",
                LocalDate.now(ZoneOffset.UTC).plusDays(50), Map.of("TROOPS", 15000)).toString(),
                CsbmCalls.delegate("chn-defence")).hasStatus(201).json().path("id").asLong();
        calls().post("/api/v1/csbm/notifications/" + id + "/observation-invitations", "", CsbmCalls.delegate("chn-defence"))
                .hasStatus(200);
        assertThat(addressees(calls().get("/api/v1/csbm/deliveries/OBSERVATION_INVITATION/" + id,
                CsbmCalls.delegate("chn-foreign")).hasStatus(200).json())).isEqualTo(List.of("JPN", "KOR", "RUS", "USA"));
        assertThat(calls().get("/csbm/inbox", CsbmCalls.delegate("rus-defence")).text())
                .contains("Invitation to observe #" + id);
        assertThat(calls().get("/csbm/notifications/" + id, CsbmCalls.delegate("chn-defence")).text())
                .contains("Delivery of the invitation to observe").contains("Not acknowledged yet by: JPN, KOR, RUS, USA");
    }

    @Test
    void anUnknownItemOrKindIsRefused() {
        calls().get("/api/v1/csbm/deliveries/ANNUAL_EXCHANGE/999999", CsbmCalls.secretariat()).hasStatus(404);
        calls().get("/api/v1/csbm/deliveries/BUDGET/1", CsbmCalls.secretariat()).hasStatus(400);
        calls().post("/api/v1/csbm/deliveries/HOTLINE_MESSAGE/999999/acknowledgements", "",
                CsbmCalls.delegate("kor-defence")).hasStatus(404);
        calls().get("/api/v1/csbm/deliveries/ANNUAL_EXCHANGE/1", CsbmCalls.observer()).hasStatus(403);
        calls().get(ITEMS, CsbmCalls.secretariat()).hasStatus(403);
    }
}
