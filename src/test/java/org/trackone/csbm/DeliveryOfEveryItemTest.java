package org.trackone.csbm;

import java.time.LocalDate;
import java.time.ZoneOffset;

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
 * Annual exchanges, annual calendars and risk-reduction requests reach their addressee
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
    void anUnknownItemOrKindIsRefused() {
        calls().get("/api/v1/csbm/deliveries/ANNUAL_EXCHANGE/999999", CsbmCalls.secretariat()).hasStatus(404);
        calls().get("/api/v1/csbm/deliveries/BUDGET/1", CsbmCalls.secretariat()).hasStatus(400);
        calls().post("/api/v1/csbm/deliveries/HOTLINE_MESSAGE/999999/acknowledgements", "",
                CsbmCalls.delegate("kor-defence")).hasStatus(404);
        calls().get("/api/v1/csbm/deliveries/ANNUAL_EXCHANGE/1", CsbmCalls.observer()).hasStatus(403);
        calls().get(ITEMS, CsbmCalls.secretariat()).hasStatus(403);
    }
}
