package org.trackone.csbm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The last step of consultation on unusual military activity: the meeting held after the
 * meeting request, recorded once by either state concerned, timed against its deadline,
 * delivered and shown to every reader of risk reduction.
 */
@IntegrationTest
class MeetingRecordScenarioTest {

    private static final String BODY = "NEACD";
    private static final String REQUESTS = "/api/v1/csbm/bodies/NEACD/requests";

    @Autowired MockMvc mvc;
    @Autowired RiskReduction riskReduction;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    private static String record(long id) {
        return "/api/v1/csbm/requests/" + id + "/meeting-record";
    }

    private static ObjectNode held(Instant at, String... states) {
        ObjectNode held = CsbmCalls.JSON.createObjectNode();
        held.put("heldAt", at.toString());
        held.put("place", "Panmunjom");
        held.put("outcome", "The delegations reviewed the activity and agreed to notify the next one.");
        if (states.length > 0) {
            held.putArray("states").addAll(List.of(states).stream().map(CsbmCalls.JSON.getNodeFactory()::textNode)
                    .toList());
        }
        return held;
    }

    private long deliveredCount(String kind, long id) {
        int status = calls().get("/api/v1/csbm/deliveries/" + kind + "/" + id, CsbmCalls.secretariat()).status();
        return status == 404 ? 0 : calls().get("/api/v1/csbm/deliveries/" + kind + "/" + id, CsbmCalls.secretariat())
                .json().size();
    }

    /** A consultation made through the API up to its meeting request, asked now. */
    private JsonNode requestedMeeting(String from, String to, String scope) {
        long id = calls().post(REQUESTS, """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "%s", "question": "Why are ships massing near the strait?"}"""
                .formatted(to), CsbmCalls.delegate(from.toLowerCase() + "-foreign")).hasStatus(201).json()
                .path("id").asLong();
        calls().post("/api/v1/csbm/requests/" + id + "/reply", "{\"answer\": \"A search and rescue exercise.\"}",
                CsbmCalls.delegate(to.toLowerCase() + "-foreign")).hasStatus(200);
        return calls().post("/api/v1/csbm/requests/" + id + "/meeting", "{\"scope\": \"" + scope + "\"}",
                CsbmCalls.delegate(from.toLowerCase() + "-defence")).hasStatus(200).json();
    }

    /** A consultation of JPN with CHN whose all-states meeting was due 42 hours ago. */
    private RiskReductionRequest overdueMeeting(Instant now) {
        RiskReductionRequest asked = riskReduction.record(BODY, new RequestInput(RequestKind.UNUSUAL_ACTIVITY, "CHN",
                null, null, "Why were bombers flying along our coast?", null), "JPN", "jpn-foreign",
                now.minus(Duration.ofHours(100)));
        riskReduction.recordReply(asked.id(), "A training flight.", "chn-foreign", now.minus(Duration.ofHours(90)));
        return riskReduction.recordMeeting(riskReduction.request(asked.id(), "secretariat"), MeetingScope.ALL_STATES,
                "jpn-foreign", now.minus(Duration.ofHours(89)));
    }

    @Test
    void aBilateralMeetingHeldInTimeIsRecordedOnceByEitherStateDeliveredAndShownToEveryReader() {
        long unanswered = calls().post(REQUESTS, """
                {"kind": "UNUSUAL_ACTIVITY", "addressee": "RUS", "question": "Why the airborne landing exercise?"}""",
                CsbmCalls.delegate("kor-foreign")).hasStatus(201).json().path("id").asLong();
        calls().post(record(unanswered), held(Instant.now()).toString(), CsbmCalls.delegate("kor-foreign"))
                .refuses("heldAt");

        JsonNode requested = requestedMeeting("KOR", "RUS", "BILATERAL");
        long id = requested.path("id").asLong();
        assertThat(requested.path("step").asString()).isEqualTo("MEETING_REQUESTED");
        Instant requestedAt = Instant.parse(requested.path("meeting").path("requestedAt").asString());

        // Who may record it: a delegate of either state concerned, no one else.
        calls().post(record(id), held(Instant.now()).toString(), CsbmCalls.delegate("usa-foreign")).hasStatus(403);
        calls().post(record(id), held(Instant.now()).toString(), CsbmCalls.secretariat()).hasStatus(403);
        calls().post(record(id), held(Instant.now()).toString(), CsbmCalls.observer()).hasStatus(403);

        // Each refusal names its field, and nothing is written.
        calls().post(record(id), held(Instant.now()).putNull("heldAt").toString(), CsbmCalls.delegate("rus-foreign"))
                .refuses("heldAt");
        calls().post(record(id), held(Instant.now().plus(Duration.ofHours(1))).toString(),
                CsbmCalls.delegate("rus-foreign")).refuses("heldAt");
        assertThat(calls().post(record(id), held(requestedAt.minus(Duration.ofMinutes(1))).toString(),
                CsbmCalls.delegate("rus-foreign")).refuses("heldAt").json().path("errors").path(0).path("reason")
                .asString()).contains("before the meeting request");
        calls().post(record(id), held(Instant.now()).put("place", " ").toString(), CsbmCalls.delegate("rus-foreign"))
                .refuses("place");
        calls().post(record(id), held(Instant.now()).put("outcome", "x".repeat(RiskReduction.MAX_OUTCOME + 1))
                .toString(), CsbmCalls.delegate("rus-foreign")).refuses("outcome");
        calls().post(record(id), held(Instant.now(), "KOR", "USA").toString(), CsbmCalls.delegate("rus-foreign"))
                .refuses("states[1]");
        calls().post(record(id), held(Instant.now(), "KOR", "KOR").toString(), CsbmCalls.delegate("rus-foreign"))
                .refuses("states[1]");
        calls().post(record(id), held(Instant.now(), "RUS").toString(), CsbmCalls.delegate("rus-foreign"))
                .refuses("states");
        assertThat(calls().get("/api/v1/csbm/requests/" + id, CsbmCalls.secretariat()).json().path("meetingRecord")
                .isEmpty()).isTrue();
        assertThat(deliveredCount("MEETING_RECORD", id)).isZero();

        // The state asked records it, under an Idempotency-Key; the same request again returns the first result.
        Instant heldAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String body = held(heldAt).toString();
        JsonNode recorded = calls().perform(MockMvcRequestBuilders.post(record(id)).with(csrf())
                .with(CsbmCalls.delegate("rus-defence")).header("Idempotency-Key", "meeting-" + id)
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(201).json();
        assertThat(recorded.path("step").asString()).isEqualTo("MEETING_HELD");
        assertThat(recorded.path("meetingLate").asBoolean()).isFalse();
        assertThat(recorded.path("meetingHoursLate").asLong()).isZero();
        JsonNode meeting = recorded.path("meetingRecord");
        assertThat(Instant.parse(meeting.path("heldAt").asString())).isEqualTo(heldAt);
        assertThat(meeting.path("place").asString()).isEqualTo("Panmunjom");
        assertThat(meeting.path("states").valueStream().map(JsonNode::asString).toList()).containsExactly("KOR", "RUS");
        assertThat(meeting.path("recordingState").asString()).isEqualTo("RUS");
        assertThat(meeting.path("recordedBy").asString()).isEqualTo("rus-defence");
        JsonNode again = calls().perform(MockMvcRequestBuilders.post(record(id)).with(csrf())
                .with(CsbmCalls.delegate("rus-defence")).header("Idempotency-Key", "meeting-" + id)
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(200).json();
        assertThat(again.path("meetingRecord")).isEqualTo(meeting);

        // Only once: a second record, by either state, is refused naming the field.
        calls().post(record(id), held(Instant.now()).toString(), CsbmCalls.delegate("kor-foreign")).refuses("heldAt");

        // Delivered to the other state, which acknowledges it in its inbox.
        JsonNode deliveries = calls().get("/api/v1/csbm/deliveries/MEETING_RECORD/" + id,
                CsbmCalls.delegate("usa-foreign")).hasStatus(200).json();
        assertThat(deliveries.valueStream().map(d -> d.path("addressee").asString()).toList()).containsExactly("KOR");
        String inbox = calls().get("/csbm/inbox", CsbmCalls.delegate("kor-defence")).hasStatus(200).text();
        assertThat(inbox).contains("Record of the meeting held #" + id).contains("item-MEETING_RECORD-" + id);
        calls().post("/api/v1/csbm/deliveries/MEETING_RECORD/" + id + "/acknowledgements", "",
                CsbmCalls.delegate("kor-defence")).hasStatus(200);

        // Visible to every reader of risk reduction: the request, its page, the list with the step reached.
        assertThat(calls().get("/api/v1/csbm/requests/" + id, CsbmCalls.delegate("jpn-foreign")).json()
                .path("meetingRecord").path("outcome").asString()).contains("agreed to notify");
        String page = calls().get("/csbm/requests/" + id, CsbmCalls.delegate("chn-foreign")).hasStatus(200).text();
        assertThat(page).contains("Meeting held").contains("in Panmunjom").contains("held by the deadline")
                .contains("States present: KOR, RUS").contains("meeting-record-deliveries")
                .doesNotContain("meeting-record-form");
        String list = calls().get("/csbm/NEACD/requests", CsbmCalls.secretariat()).hasStatus(200).text();
        assertThat(list).contains("Step reached");
        assertThat(list.substring(list.indexOf("id=\"step-" + id + "\""))).startsWith("id=\"step-" + id + "\"><span>Meeting held");
        calls().get("/csbm/requests/" + id, CsbmCalls.observer()).hasStatus(403);
    }

    @Test
    void anAllStatesMeetingHeldLateShowsByHowManyHoursAndItsDeadlineWasOwedByBothStatesUntilRecorded() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RiskReductionRequest request = overdueMeeting(now);
        long id = request.id();
        assertThat(request.meeting().meetingDue()).isEqualTo(now.minus(Duration.ofHours(42)));

        // Both states owe the meeting: overdue, each naming the other.
        for (String delegate : List.of("jpn-foreign", "chn-defence")) {
            JsonNode deadline = calls().get("/api/v1/csbm/bodies/NEACD/deadlines", CsbmCalls.delegate(delegate))
                    .hasStatus(200).json().valueStream()
                    .filter(d -> d.path("kind").asString().equals("UNUSUAL_ACTIVITY_MEETING")
                            && d.path("itemId").asLong() == id)
                    .findFirst().orElseThrow(() -> new AssertionError("no meeting deadline for " + delegate));
            assertThat(deadline.path("stage").asString()).isEqualTo("OVERDUE");
            assertThat(deadline.path("fromState").asString()).isEqualTo(delegate.startsWith("jpn") ? "CHN" : "JPN");
        }
        assertThat(calls().get("/csbm/inbox", CsbmCalls.delegate("jpn-defence")).text())
                .contains("Hold the meeting with CHN requested about unusual military activity #" + id);
        assertThat(calls().get("/csbm/NEACD/requests", CsbmCalls.delegate("usa-foreign")).text())
                .contains("meeting overdue");

        // An all-states meeting names the participating states present, each once, the two among them.
        Instant heldAt = now.minus(Duration.ofHours(2));
        calls().post(record(id), held(heldAt).toString(), CsbmCalls.delegate("chn-foreign")).refuses("states");
        calls().post(record(id), held(heldAt, "CHN", "ATL").toString(), CsbmCalls.delegate("chn-foreign"))
                .refuses("states[1]");
        calls().post(record(id), held(heldAt, "CHN", "JPN", "CHN").toString(), CsbmCalls.delegate("chn-foreign"))
                .refuses("states[2]");
        calls().post(record(id), held(heldAt, "CHN", "USA").toString(), CsbmCalls.delegate("chn-foreign"))
                .refuses("states");
        calls().post(record(id), held(heldAt, "CHN", "JPN", "USA").toString(), CsbmCalls.delegate("kor-foreign"))
                .hasStatus(403);

        JsonNode recorded = calls().post(record(id), held(heldAt, "USA", "CHN", "JPN").toString(),
                CsbmCalls.delegate("chn-defence")).hasStatus(201).json();
        assertThat(recorded.path("meetingLate").asBoolean()).isTrue();
        assertThat(recorded.path("meetingHoursLate").asLong()).isEqualTo(40);
        assertThat(recorded.path("meetingRecord").path("states").valueStream().map(JsonNode::asString).toList())
                .containsExactly("CHN", "JPN", "USA");
        JsonNode deliveries = calls().get("/api/v1/csbm/deliveries/MEETING_RECORD/" + id, CsbmCalls.secretariat())
                .hasStatus(200).json();
        assertThat(deliveries.valueStream().map(d -> d.path("addressee").asString()).toList())
                .containsExactly("JPN", "KOR", "RUS", "USA");
        assertThat(calls().get("/csbm/requests/" + id, CsbmCalls.delegate("rus-foreign")).text())
                .contains("held late by 40 hours");

        // Met: the deadline is gone for both.
        for (String delegate : List.of("jpn-foreign", "chn-defence")) {
            assertThat(calls().get("/api/v1/csbm/bodies/NEACD/deadlines", CsbmCalls.delegate(delegate)).json()
                    .valueStream().noneMatch(d -> d.path("kind").asString().equals("UNUSUAL_ACTIVITY_MEETING")
                            && d.path("itemId").asLong() == id)).isTrue();
        }
    }

    @Test
    void aMeetingDueWithinTheLeadTimeIsRemindedToBothStatesAndOneFurtherAheadIsNot() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RequestInput unusual = new RequestInput(RequestKind.UNUSUAL_ACTIVITY, "USA", null, null,
                "Why are carriers gathering?", null);
        RiskReductionRequest soon = riskReduction.record(BODY, unusual, "RUS", "rus-foreign",
                now.minus(Duration.ofHours(31)));
        riskReduction.recordReply(soon.id(), "A port call.", "usa-foreign", now.minus(Duration.ofHours(30)));
        soon = riskReduction.recordMeeting(riskReduction.request(soon.id(), "secretariat"), MeetingScope.BILATERAL,
                "rus-foreign", now.minus(Duration.ofHours(29)));
        RiskReductionRequest later = riskReduction.record(BODY, unusual, "RUS", "rus-foreign",
                now.minus(Duration.ofHours(3)));
        riskReduction.recordReply(later.id(), "A port call.", "usa-foreign", now.minus(Duration.ofHours(2)));
        riskReduction.recordMeeting(riskReduction.request(later.id(), "secretariat"), MeetingScope.BILATERAL,
                "rus-foreign", now.minus(Duration.ofHours(1)));
        long soonId = soon.id();
        for (String delegate : List.of("rus-defence", "usa-defence")) {
            JsonNode deadlines = calls().get("/api/v1/csbm/bodies/NEACD/deadlines", CsbmCalls.delegate(delegate)).json();
            assertThat(deadlines.valueStream().filter(d -> d.path("kind").asString().equals("UNUSUAL_ACTIVITY_MEETING")
                    && d.path("itemId").asLong() == soonId).map(d -> d.path("stage").asString()).toList())
                    .containsExactly("REMINDER");
            assertThat(deadlines.valueStream().noneMatch(d -> d.path("itemId").asLong() == later.id()
                    && d.path("kind").asString().equals("UNUSUAL_ACTIVITY_MEETING"))).isTrue();
        }
    }

    @Test
    void theRequestPageOffersTheFormToTheTwoStatesAndAnswersBadInputWithAPlainMessage() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RiskReductionRequest asked = riskReduction.record(BODY, new RequestInput(RequestKind.UNUSUAL_ACTIVITY, "KOR",
                null, null, "Why were reservists called up?", null), "JPN", "jpn-foreign", now.minus(Duration.ofHours(4)));
        riskReduction.recordReply(asked.id(), "A mobilisation drill.", "kor-foreign", now.minus(Duration.ofHours(3)));
        long id = riskReduction.recordMeeting(riskReduction.request(asked.id(), "secretariat"), MeetingScope.BILATERAL,
                "jpn-foreign", now.minus(Duration.ofHours(2))).id();
        String path = "/csbm/requests/" + id;
        assertThat(calls().get(path, CsbmCalls.delegate("kor-defence")).text()).contains("id=\"meeting-record-form\"")
                .contains("Record the meeting held");
        assertThat(calls().get(path, CsbmCalls.delegate("usa-foreign")).text()).doesNotContain("meeting-record-form");
        assertThat(calls().get(path, CsbmCalls.secretariat()).text()).doesNotContain("meeting-record-form");

        LocalDateTime tomorrow = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        CsbmCalls.Answer refused = form(id, tomorrow, CsbmCalls.delegate("kor-defence"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("id=\"form-error\"").contains("must not be in the future")
                .contains("value=\"Seoul\"");
        assertThat(calls().get("/api/v1/csbm/requests/" + id, CsbmCalls.secretariat()).json().path("meetingRecord")
                .isEmpty()).isTrue();

        LocalDateTime anHourAgo = LocalDateTime.ofInstant(now.minus(Duration.ofHours(1)), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES);
        CsbmCalls.Answer recorded = form(id, anHourAgo, CsbmCalls.delegate("kor-defence"));
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(recorded.redirect()).isEqualTo(path);
        String page = calls().get(path, CsbmCalls.delegate("jpn-foreign")).text();
        assertThat(page).contains("in Seoul").contains("States present: JPN, KOR").contains("held by the deadline");
        assertThat(form(id, anHourAgo, CsbmCalls.delegate("jpn-defence")).text())
                .contains("the meeting has been recorded already");
    }

    @Test
    void theFormOfAnAllStatesMeetingOffersTheParticipatingStatesTheTwoTickedAndRecordsThoseTicked() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long id = overdueMeeting(now).id();
        String path = "/csbm/requests/" + id;
        String form = calls().get(path, CsbmCalls.delegate("jpn-defence")).hasStatus(200).text();
        assertThat(form).contains("name=\"states\" value=\"USA\"")
                .containsPattern("name=\"states\" value=\"CHN\"\\s+checked")
                .containsPattern("name=\"states\" value=\"JPN\"\\s+checked")
                .doesNotContainPattern("name=\"states\" value=\"KOR\"\\s+checked");
        LocalDateTime heldAt = LocalDateTime.ofInstant(now.minus(Duration.ofHours(3)), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES);
        CsbmCalls.Answer missingChina = calls().perform(MockMvcRequestBuilders.post(path + "/meeting-record")
                .with(csrf()).with(CsbmCalls.delegate("jpn-defence")).param("heldAt", heldAt.toString())
                .param("place", "Beijing").param("outcome", "Reviewed.").param("states", "JPN", "KOR"));
        assertThat(missingChina.status()).isEqualTo(422);
        assertThat(missingChina.text()).contains("must include the two states concerned, JPN and CHN");
        CsbmCalls.Answer recorded = calls().perform(MockMvcRequestBuilders.post(path + "/meeting-record")
                .with(csrf()).with(CsbmCalls.delegate("jpn-defence")).param("heldAt", heldAt.toString())
                .param("place", "Beijing").param("outcome", "Reviewed.").param("states", "JPN", "KOR", "CHN"));
        assertThat(recorded.status()).isEqualTo(302);
        JsonNode request = calls().get("/api/v1/csbm/requests/" + id, CsbmCalls.secretariat()).json();
        assertThat(request.path("meetingRecord").path("states").valueStream().map(JsonNode::asString).toList())
                .containsExactly("CHN", "JPN", "KOR");
        assertThat(request.path("meetingHoursLate").asLong()).isGreaterThanOrEqualTo(39);
        assertThat(calls().get(path, CsbmCalls.delegate("kor-foreign")).text()).containsPattern("held late by \\d+ hours");
    }

    @Test
    void theDemonstrationHasAnIllustrativeConsultationThatReachedItsMeeting() {
        JsonNode demo = calls().get(REQUESTS, CsbmCalls.secretariat()).json().valueStream()
                .filter(r -> r.path("meetingRecord").path("outcome").asString("").startsWith("Illustrative"))
                .findFirst().orElseThrow(() -> new AssertionError("no illustrative meeting held"));
        assertThat(demo.path("step").asString()).isEqualTo("MEETING_HELD");
        assertThat(demo.path("requestingState").asString()).isEqualTo("JPN");
        assertThat(demo.path("meetingLate").asBoolean()).isFalse();
        assertThat(demo.path("meetingRecord").path("place").asString()).contains("illustrative");
        assertThat(demo.path("meetingRecord").path("states").valueStream().map(JsonNode::asString).toList())
                .containsExactly("JPN", "RUS");
    }

    private CsbmCalls.Answer form(long id, LocalDateTime heldAt, RequestPostProcessor who) {
        return calls().perform(MockMvcRequestBuilders.post("/csbm/requests/" + id + "/meeting-record").with(csrf())
                .with(who).param("heldAt", heldAt.toString()).param("place", "Seoul")
                .param("outcome", "Both delegations reviewed the activity."));
    }
}
