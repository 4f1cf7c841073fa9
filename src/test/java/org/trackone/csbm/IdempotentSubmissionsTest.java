package org.trackone.csbm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trackone.IntegrationTest;
import org.trackone.framework.BodyDetails;
import org.trackone.framework.BodyKind;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.DecisionRule;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.HistoricalDate;
import org.trackone.framework.Mandate;
import org.trackone.framework.MembershipAction;
import org.trackone.framework.MembershipChangeRequest;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Track;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every submission of the API may be sent again under the same Idempotency-Key: the
 * second answer is the first result (200), and nothing new is written. Another request
 * under a key already used is refused.
 */
@IntegrationTest
class IdempotentSubmissionsTest {

    private static final int NEXT = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
    private static final String REQUESTS = "/api/v1/csbm/bodies/NEACD/requests";
    private static final String BODY = "CSBM-IDEMPOTENT";
    private static boolean bodyMade;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private CsbmCalls.Answer send(String path, String json, String key, RequestPostProcessor who) {
        return new CsbmCalls(mvc).perform(MockMvcRequestBuilders.post(path).with(csrf()).with(who)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    /** Sends the request twice under one key, then another request under it. */
    private void sentOnce(String table, String path, String json, String other, RequestPostProcessor who) {
        String key = table + "-" + System.nanoTime();
        int before = count(table);
        JsonNode first = send(path, json, key, who).hasStatus(201).json();
        JsonNode second = send(path, json, key, who).hasStatus(200).json();
        assertThat(second.path("id").asLong()).isEqualTo(first.path("id").asLong());
        assertThat(second).isEqualTo(first);
        send(path, other, key, who).refuses("Idempotency-Key");
        assertThat(count(table)).isEqualTo(before + 1);
    }

    @Test
    void aRequestAnIncidentReportAndAHotlineMessageAreMadeOncePerKey() {
        sentOnce("csbm_request", REQUESTS, """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "KOR", "question": "Why the night flights?"}""", """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "KOR", "question": "Sent again, reworded."}""",
                CsbmCalls.delegate("jpn-foreign"));
        ObjectNode incident = HazardousIncidentScenarioTest.report("RUS");
        sentOnce("csbm_incident", "/api/v1/csbm/bodies/NEACD/incidents", incident.toString(),
                incident.put("closestApproachMetres", 90).toString(), CsbmCalls.delegate("usa-defence"));
        sentOnce("csbm_hotline_message", "/api/v1/csbm/bodies/NEACD/hotline", """
                {"addressee": "CHN", "message": "Our aircraft will pass the line at 14:00."}""", """
                {"addressee": "JPN", "message": "Our aircraft will pass the line at 14:00."}""",
                CsbmCalls.delegate("kor-foreign"));
    }

    /** A body of its own, so that the slots submitted here are free whatever other tests submit. */
    private static synchronized String body(ApplicationContext context) {
        if (!bodyMade) {
            FrameworkAdministration administration = context.getBean(FrameworkAdministration.class);
            administration.createBody(new BodyDetails(BODY, "Regime of the idempotency tests", BodyKind.FORUM, null,
                    Track.ONE, Mandate.REGIONAL, DecisionRule.CONSENSUS, RecordRule.RESTRICTED, BodyStatus.ACTIVE, null,
                    null, null, "Made by the tests of idempotent submissions."), "secretariat");
            for (String state : List.of("JPN", "KOR")) {
                administration.changeMembership(BODY, new MembershipChangeRequest(state, MembershipAction.JOIN,
                        HistoricalDate.parse("2020"), null), "secretariat");
            }
            context.getBean(Regimes.class).adopt(BODY, RegimeDemonstration.read("csbm/regime-vienna-document-2011.yaml")
                    .rules(), LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31), Instant.now(), "secretariat");
            bodyMade = true;
        }
        return BODY;
    }

    @Test
    void anExchangeAndACalendarAreSubmittedOncePerKeyInsteadOfBeingRefusedAsASecondSubmission() {
        String body = body(context);
        ObjectNode exchange = CsbmCalls.JSON.createObjectNode();
        exchange.set("information", AnnualExchangeScenarioTest.information(21000));
        sentOnce("csbm_exchange", "/api/v1/csbm/bodies/" + body + "/exchanges/JPN/" + NEXT, exchange.toString(),
                exchange.deepCopy().put("corrects", 1).toString(), CsbmCalls.delegate("jpn-defence"));
        ObjectNode calendar = CsbmCalls.JSON.createObjectNode();
        calendar.putArray("entries").addObject().put("type", "EXERCISE").put("startsOn", NEXT + "-09-01")
                .put("endsOn", NEXT + "-09-04").put("troops", 9800);
        sentOnce("csbm_calendar", "/api/v1/csbm/bodies/" + body + "/calendars/JPN/" + NEXT, calendar.toString(),
                calendar.deepCopy().put("corrects", 1).toString(), CsbmCalls.delegate("jpn-defence"));
    }

    @Test
    void withoutAKeyEverySendingMakesAnItem() {
        int before = count("csbm_request");
        String request = """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "USA", "question": "Why the carrier group?"}""";
        long first = new CsbmCalls(mvc).post(REQUESTS, request, CsbmCalls.delegate("rus-foreign")).hasStatus(201).json()
                .path("id").asLong();
        long second = new CsbmCalls(mvc).post(REQUESTS, request, CsbmCalls.delegate("rus-foreign")).hasStatus(201).json()
                .path("id").asLong();
        assertThat(second).isNotEqualTo(first);
        assertThat(count("csbm_request")).isEqualTo(before + 2);
    }

    @Test
    void aKeyUsedForAnotherKindOfSubmissionOrMalformedIsRefusedAndNothingIsWritten() {
        String key = "reused-" + System.nanoTime();
        send(REQUESTS, """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "CHN", "question": "Why the exercise?"}""", key,
                CsbmCalls.delegate("usa-foreign")).hasStatus(201);
        int incidents = count("csbm_incident");
        send("/api/v1/csbm/bodies/NEACD/incidents", HazardousIncidentScenarioTest.report("CHN").toString(), key,
                CsbmCalls.delegate("usa-foreign")).refuses("Idempotency-Key");
        String notified = "notified-" + System.nanoTime();
        send("/api/v1/csbm/bodies/NEACD/notifications", PriorNotificationScenarioTest.notification("USA",
                LocalDate.now(ZoneOffset.UTC).plusDays(60), Map.of("TROOPS", 9400)).toString(), notified,
                CsbmCalls.delegate("usa-defence")).hasStatus(201);
        send("/api/v1/csbm/bodies/NEACD/incidents", HazardousIncidentScenarioTest.report("CHN").toString(), notified,
                CsbmCalls.delegate("usa-defence")).refuses("Idempotency-Key");
        String asked = "asked-" + System.nanoTime();
        send(REQUESTS, """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "RUS", "question": "Why the exercise?"}""", asked,
                CsbmCalls.delegate("usa-defence")).hasStatus(201);
        send("/api/v1/csbm/bodies/NEACD/notifications", PriorNotificationScenarioTest.notification("USA",
                LocalDate.now(ZoneOffset.UTC).plusDays(61), Map.of("TROOPS", 9400)).toString(), asked,
                CsbmCalls.delegate("usa-defence")).refuses("Idempotency-Key");
        int requests = count("csbm_request");
        String question = """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "CHN", "question": "Why?"}""";
        send(REQUESTS, question, "x".repeat(201), CsbmCalls.delegate("usa-foreign")).refuses("Idempotency-Key");
        send(REQUESTS, question, "tab\there", CsbmCalls.delegate("usa-foreign")).refuses("Idempotency-Key");
        assertThat(count("csbm_incident")).isEqualTo(incidents);
        assertThat(count("csbm_request")).isEqualTo(requests);
    }

    @Test
    void aKeyIsPerAccount() {
        String key = "shared-" + System.nanoTime();
        String request = """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "JPN", "question": "Why the landing exercise?"}""";
        long chinese = send(REQUESTS, request, key, CsbmCalls.delegate("chn-foreign")).hasStatus(201).json()
                .path("id").asLong();
        long korean = send(REQUESTS, request, key, CsbmCalls.delegate("kor-foreign")).hasStatus(201).json()
                .path("id").asLong();
        assertThat(korean).isNotEqualTo(chinese);
    }

    @Test
    void twoSendingsUnderOneKeyAtTheSameTimeMakeOneItem() throws Exception {
        String key = "race-" + System.nanoTime();
        String request = """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "RUS", "question": "Why the submarines?"}""";
        int before = count("csbm_request");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> sending = () -> {
            start.await();
            return send(REQUESTS, request, key, CsbmCalls.delegate("kor-defence")).status();
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> answers = List.of(pool.submit(sending), pool.submit(sending));
            start.countDown();
            List<Integer> statuses = answers.stream().map(IdempotentSubmissionsTest::get).sorted().toList();
            assertThat(statuses).isEqualTo(List.of(200, 201));
        }
        assertThat(count("csbm_request")).isEqualTo(before + 1);
        assertThat(send(REQUESTS, request, key, CsbmCalls.delegate("kor-defence")).hasStatus(200).json()
                .path("question").asString()).isEqualTo("Why the submarines?");
    }

    private static int get(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
