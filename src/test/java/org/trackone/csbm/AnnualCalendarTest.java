package org.trackone.csbm;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Annual calendars through the API: submitted once, corrected as versions, checked against notifications. */
@IntegrationTest
class AnnualCalendarTest {

    private static final String CALENDARS = "/api/v1/csbm/bodies/NEACD/calendars";
    private static final int NEXT = LocalDate.now(ZoneOffset.UTC).getYear() + 1;

    @Autowired MockMvc mvc;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    private static ObjectNode calendar(int year, String startsOn) {
        ObjectNode calendar = CsbmCalls.JSON.createObjectNode();
        ObjectNode entry = calendar.putArray("entries").addObject();
        entry.put("type", "EXERCISE");
        entry.put("startsOn", startsOn);
        entry.put("endsOn", startsOn);
        entry.put("troops", 12000);
        return calendar;
    }

    @Test
    void theIllustrativeCalendarListsTheNotifiedExercise() {
        JsonNode korea = calls().get(CALENDARS + "/KOR/2026", CsbmCalls.secretariat()).hasStatus(200).json();
        assertThat(korea.path("versions").size()).isEqualTo(1);
        JsonNode august = korea.path("notifications").valueStream()
                .filter(c -> c.path("notification").path("activity").path("startsOn").asString().equals("2026-08-01"))
                .findFirst().orElseThrow();
        assertThat(august.path("listed").asBoolean()).isTrue();
        JsonNode compliance = calls().get("/api/v1/csbm/bodies/NEACD/compliance?from=2026&to=2026",
                CsbmCalls.secretariat()).json();
        assertThat(status(compliance, "CHN")).isEqualTo("MISSING");
        assertThat(status(compliance, "KOR")).isEqualTo("ON_TIME");
        assertThat(status(compliance, "JPN")).isEqualTo("LATE");
        calls().get(CALENDARS + "/CHN/2026", CsbmCalls.secretariat()).hasStatus(404);
        calls().get(CALENDARS + "/KOR/2026", CsbmCalls.observer()).hasStatus(403);

        String page = calls().get("/csbm/NEACD/calendars/KOR/2026", CsbmCalls.delegate("usa-foreign")).hasStatus(200)
                .text();
        assertThat(page).contains("id=\"calendar-entries\"").contains("2026-08-01 – 2026-08-10").contains("15,000")
                .contains("id=\"calendar-check\"").contains("listed");
        calls().get("/csbm/NEACD/calendars/CHN/2026", CsbmCalls.secretariat()).hasStatus(404);
        calls().get("/csbm/NEACD/calendars/KOR/2026?version=7", CsbmCalls.secretariat()).hasStatus(404);
        calls().get("/csbm/NEACD/calendars/KOR/2026", CsbmCalls.expert()).hasStatus(403);
        assertThat(calls().get("/csbm/NEACD/compliance?from=2026&to=2026", CsbmCalls.secretariat()).text())
                .contains("/csbm/NEACD/calendars/KOR/2026");
    }

    @Test
    void aCalendarIsSubmittedOnceThenCorrectedAndBadOnesAreRefused() {
        String path = CALENDARS + "/USA/" + NEXT;
        calls().post(path, calendar(NEXT, (NEXT + 1) + "-03-01").toString(), CsbmCalls.delegate("usa-defence"))
                .refuses("entries[0].startsOn");
        calls().post(path, calendar(NEXT, NEXT + "-03-01").toString(), CsbmCalls.delegate("usa-foreign"))
                .hasStatus(403);
        calls().post(CALENDARS + "/KOR/" + NEXT, calendar(NEXT, NEXT + "-03-01").toString(),
                CsbmCalls.delegate("usa-defence")).refuses("state");
        JsonNode first = calls().post(path, calendar(NEXT, NEXT + "-03-01").toString(),
                CsbmCalls.delegate("usa-defence")).hasStatus(201).json();
        assertThat(first.path("dueOn").asString()).isEqualTo((NEXT - 1) + "-11-15");
        calls().post(path, calendar(NEXT, NEXT + "-04-01").toString(), CsbmCalls.delegate("usa-defence"))
                .refuses("corrects");
        ObjectNode correction = calendar(NEXT, NEXT + "-04-01");
        correction.put("corrects", 1);
        assertThat(calls().post(path, correction.toString(), CsbmCalls.delegate("usa-defence")).hasStatus(201).json()
                .path("version").asInt()).isEqualTo(2);
    }

    private static String status(JsonNode compliance, String state) {
        return compliance.valueStream().filter(e -> e.path("state").asString().equals(state)
                && e.path("measure").asString().equals("ANNUAL_CALENDAR")).findFirst().orElseThrow()
                .path("status").asString();
    }
}
