package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.dialogue.DialogueCalls.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackone.dialogue.DialogueCalls.json;

/** The meetings API against the real database: reading, scheduling, changing, and what it refuses. */
@IntegrationTest
class MeetingsApiTest {

    /** Each test schedules in a year of its own, far from the demonstration's and each other's meetings. */
    private static final AtomicInteger YEAR = new AtomicInteger(2101);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Meetings meetings;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    DialogueCalls calls;
    int year;

    @BeforeEach
    void setUp() {
        calls = new DialogueCalls(mvc, accounts);
        year = YEAR.getAndIncrement();
    }

    private String workshop(String body, LocalDate from, LocalDate to, Object... extra) {
        Map<String, Object> session = Map.of("title", "Opening", "heldOn", from.toString(), "recordRule",
                "OFF_THE_RECORD", "agenda", List.of("Energy security", "Shipping lanes"));
        Object[] fields = {"body", body, "kind", "WORKSHOP", "title", "Workshop " + from, "startsOn", from.toString(),
                "endsOn", to.toString(), "venue", "Seoul", "host", "IGCC", "sessions", List.of(session)};
        Object[] all = new Object[fields.length + extra.length];
        System.arraycopy(fields, 0, all, 0, fields.length);
        System.arraycopy(extra, 0, all, fields.length, extra.length);
        return json(all);
    }

    @Test
    void theDemonstrationHoldsTheNeacdPlenariesAndTheSubCommitteeSessions() {
        Answer neacd = calls.api(HttpMethod.GET, "/api/v1/meetings?body=NEACD&to=1999-12-31&size=200", null, "observer");
        assertThat(neacd.status()).isEqualTo(200);
        List<String> titles = neacd.body().path("items").valueStream().map(m -> m.path("title").asString()).toList();
        assertThat(titles).contains("NEACD Preparatory Meeting", "NEACD Plenary VI", "NEACD Plenary VII",
                "NEACD workshop on regional energy cooperation", "NEACD workshop on maritime transportation",
                "NEACD study project on mutual reassurance measures",
                "NEACD study project on defence information sharing");
        var seventh = neacd.body().path("items").valueStream()
                .filter(m -> m.path("title").asString().equals("NEACD Plenary VII")).findFirst().orElseThrow();
        assertThat(seventh.path("numeral").asString()).isEqualTo("VII");
        assertThat(seventh.path("periodFrom").asString()).isEqualTo("1997-04-09");
        assertThat(seventh.path("periodTo").asString()).isEqualTo("1997-12-07");
        assertThat(seventh.path("sessions").path(0).path("recordRule").asString()).isEqualTo("OFF_THE_RECORD");
        Answer fpt = calls.api(HttpMethod.GET, "/api/v1/meetings?body=FPT-TENSION", null, "observer");
        assertThat(fpt.body().path("items").path(0).path("kind").asString()).isEqualTo("SUB_COMMITTEE_SESSION");
    }

    @Test
    void theSecretariatSchedulesAMeetingAndChangesIt() {
        LocalDate start = LocalDate.of(year, 3, 2);
        Answer created = calls.api(HttpMethod.POST, "/api/v1/meetings", workshop("NEACD", start, start.plusDays(1)),
                "secretariat");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().path("id").asLong();
        assertThat(created.body().path("sessions").path(0).path("agenda").path(1).asString()).isEqualTo("Shipping lanes");
        assertThat(created.body().path("perspectiveDeadline").asString()).isEqualTo(start.minusDays(14) + "T00:00:00Z");

        Answer changed = calls.api(HttpMethod.PUT, "/api/v1/meetings/" + id,
                workshop("NEACD", start, start.plusDays(2), "description", "Moved to three days."), "secretariat");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.body().path("endsOn").asString()).isEqualTo(start.plusDays(2).toString());
        assertThat(changed.body().path("version").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from dialogue_meeting_revision where meeting_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anOverlappingMeetingOfTheSameBodyIsRefusedNamingTheFieldAndNothingIsWritten() {
        LocalDate start = LocalDate.of(year, 5, 4);
        assertThat(calls.api(HttpMethod.POST, "/api/v1/meetings", workshop("NEACD", start, start.plusDays(2)),
                "secretariat").status()).isEqualTo(201);
        int before = meetings.meetings("NEACD", null, null).size();
        Answer overlapping = calls.api(HttpMethod.POST, "/api/v1/meetings",
                workshop("NEACD", start.plusDays(2), start.plusDays(3)), "secretariat");
        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(overlapping.firstErrorField()).isEqualTo("startsOn");
        assertThat(overlapping.body().path("errors").path(0).path("reason").asString()).contains("overlaps");
        assertThat(meetings.meetings("NEACD", null, null)).hasSize(before);
        // Another body may meet on the same days.
        assertThat(calls.api(HttpMethod.POST, "/api/v1/meetings", workshop("FPT", start, start.plusDays(1)),
                "secretariat").status()).isEqualTo(201);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        LocalDate start = LocalDate.of(year, 6, 1);
        assertThat(calls.api(HttpMethod.POST, "/api/v1/meetings", workshop("NEACD", start, start.minusDays(1)),
                "secretariat").firstErrorField()).isEqualTo("endsOn");
        assertThat(calls.api(HttpMethod.POST, "/api/v1/meetings", workshop("NOBODY", start, start), "secretariat")
                .firstErrorField()).isEqualTo("body");
        assertThat(calls.api(HttpMethod.POST, "/api/v1/meetings", workshop("NEACD", start, start, "number", 3),
                "secretariat").firstErrorField()).isEqualTo("number");
        Answer badSession = calls.api(HttpMethod.POST, "/api/v1/meetings", json("body", "NEACD", "kind", "WORKSHOP",
                "title", "T", "startsOn", start.toString(), "endsOn", start.toString(), "venue", "Seoul",
                "sessions", List.of(Map.of("title", "S", "heldOn", start.plusDays(5).toString(),
                        "recordRule", "CLOSED"))), "secretariat");
        assertThat(badSession.status()).isEqualTo(422);
        assertThat(badSession.firstErrorField()).isEqualTo("sessions[0].heldOn");
        Answer unknownRule = calls.api(HttpMethod.POST, "/api/v1/meetings", json("body", "NEACD", "kind", "WORKSHOP",
                "title", "T", "startsOn", start.toString(), "endsOn", start.toString(), "venue", "Seoul",
                "sessions", List.of(Map.of("title", "S", "heldOn", start.toString(), "recordRule", "SECRET"))),
                "secretariat");
        assertThat(unknownRule.status()).isEqualTo(400);
        assertThat(unknownRule.firstErrorField()).isEqualTo("sessions[0].recordRule");
        Answer blankTitle = calls.api(HttpMethod.POST, "/api/v1/meetings", workshop("NEACD", start, start, "title", " "),
                "secretariat");
        assertThat(blankTitle.status()).isEqualTo(422);
        assertThat(blankTitle.firstErrorField()).isEqualTo("title");
        assertThat(calls.api(HttpMethod.GET, "/api/v1/meetings/abc", null, "observer").status()).isEqualTo(400);
        assertThat(calls.api(HttpMethod.GET, "/api/v1/meetings/999999", null, "observer").status()).isEqualTo(404);
        assertThat(calls.api(HttpMethod.POST, "/api/v1/meetings", workshop("NEACD", start, start), "kor-foreign")
                .status()).isEqualTo(403);
    }

    @Test
    void aSessionIsNeverLessStrictThanItsBodyAndARefusalWritesNothing() {
        LocalDate start = LocalDate.of(year, 7, 6);
        int before = meetings.meetings("NEACD", null, null).size();
        for (String lax : List.of("ON_THE_RECORD", "CHATHAM_HOUSE")) {
            Answer refused = calls.api(HttpMethod.POST, "/api/v1/meetings", json("body", "NEACD", "kind", "WORKSHOP",
                    "title", "Lax " + lax, "startsOn", start.toString(), "endsOn", start.plusDays(1).toString(),
                    "venue", "Seoul", "sessions", List.of(
                            Map.of("title", "Opening", "heldOn", start.toString(), "recordRule", "CLOSED"),
                            Map.of("title", "Summary", "heldOn", start.toString(), "recordRule", lax))),
                    "secretariat");
            assertThat(refused.status()).as(refused.text()).isEqualTo(422);
            assertThat(refused.firstErrorField()).isEqualTo("sessions[1].recordRule");
            assertThat(refused.body().path("errors").path(0).path("reason").asString()).isEqualTo(
                    "may not be less strict than the record rule of Northeast Asia Cooperation Dialogue: "
                            + "Off the record or stricter");
        }
        assertThat(meetings.meetings("NEACD", null, null)).hasSize(before);

        Answer strict = calls.api(HttpMethod.POST, "/api/v1/meetings", workshop("NEACD", start, start), "secretariat");
        assertThat(strict.status()).as(strict.text()).isEqualTo(201);
        long id = strict.body().path("id").asLong();
        Answer loosened = calls.api(HttpMethod.PUT, "/api/v1/meetings/" + id, json("body", "NEACD", "kind", "WORKSHOP",
                "title", "Loosened", "startsOn", start.toString(), "endsOn", start.toString(), "venue", "Seoul",
                "sessions", List.of(Map.of("title", "Opening", "heldOn", start.toString(), "recordRule",
                        "CHATHAM_HOUSE"))), "secretariat");
        assertThat(loosened.status()).isEqualTo(422);
        assertThat(loosened.firstErrorField()).isEqualTo("sessions[0].recordRule");
        assertThat(meetings.meeting(id).version()).isEqualTo(1);
        // A restricted body allows a session on the record: who reads its records is the body's rule.
        Answer restricted = calls.api(HttpMethod.POST, "/api/v1/meetings", json("body", "FPT", "kind", "WORKSHOP",
                "title", "On the record", "startsOn", start.toString(), "endsOn", start.toString(), "venue", "Geneva",
                "sessions", List.of(Map.of("title", "Opening", "heldOn", start.toString(), "recordRule",
                        "ON_THE_RECORD"))), "secretariat");
        assertThat(restricted.status()).as(restricted.text()).isEqualTo(201);
    }

    @Test
    void aBodyIsNotMadeStricterThanTheSessionsItHoldsAndARefusalWritesNothing() {
        String code = "GUARD" + year;
        Function<String, String> body = rule -> json("code", code, "name", "Guarded forum", "kind", "FORUM",
                "track", "TWO", "mandate", "REGIONAL", "decisionRule", "CONSENSUS", "recordRule", rule,
                "status", "ACTIVE", "convenedOn", "1997-12-09");
        Answer created = calls.api(HttpMethod.POST, "/api/v1/bodies", body.apply("PUBLIC"), "secretariat");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        LocalDate day = LocalDate.of(year, 9, 1);
        Answer held = calls.api(HttpMethod.POST, "/api/v1/meetings", json("body", code, "kind", "WORKSHOP",
                "title", "On the record", "startsOn", day.toString(), "endsOn", day.toString(), "venue", "Tokyo",
                "sessions", List.of(Map.of("title", "Opening", "heldOn", day.toString(), "recordRule",
                        "ON_THE_RECORD"))), "secretariat");
        assertThat(held.status()).as(held.text()).isEqualTo(201);

        Answer refused = calls.api(HttpMethod.PUT, "/api/v1/bodies/" + code, body.apply("OFF_THE_RECORD"),
                "secretariat");
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.firstErrorField()).isEqualTo("recordRule");
        assertThat(refused.body().path("errors").path(0).path("reason").asString()).isEqualTo(
                "cannot become stricter while its meetings hold one session less strict than Off the record "
                        + "(a session can be changed while it has no record)");
        assertThat(calls.api(HttpMethod.GET, "/api/v1/bodies/" + code, null, "secretariat").body()
                .path("recordRule").asString()).isEqualTo("PUBLIC");

        Answer restricted = calls.api(HttpMethod.PUT, "/api/v1/bodies/" + code, body.apply("RESTRICTED"),
                "secretariat");
        assertThat(restricted.status()).as(restricted.text()).isEqualTo(200);
    }

    @Test
    void aPlenaryGetsTheNextNumberOfItsSeriesAndTheDatesTheCadenceProposes() {
        Answer proposed = calls.api(HttpMethod.GET, "/api/v1/meetings/next-plenary?body=NEACD", null, "expert");
        assertThat(proposed.status()).as(proposed.text()).isEqualTo(200);
        LocalDate startsOn = LocalDate.parse(proposed.body().path("startsOn").asString());
        LocalDate latestPlenary = meetings.meetings("NEACD", null, null).stream()
                .filter(m -> m.kind() == MeetingKind.PLENARY).map(Meeting::startsOn).max(LocalDate::compareTo)
                .orElseThrow();
        assertThat(startsOn).isBetween(latestPlenary.plusMonths(7), latestPlenary.plusMonths(8));
        assertThat(calls.api(HttpMethod.GET, "/api/v1/meetings/next-plenary?body=MAC", null, "expert").status())
                .isEqualTo(404);
    }

    @Test
    void theCalendarFileIsICalendar() {
        Answer ics = calls.page("/meetings/" + seventh() + "/calendar.ics", null);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.text()).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:NEACD Plenary VII",
                "DTSTART;VALUE=DATE:19971208", "DTEND;VALUE=DATE:19971210", "LOCATION:Tokyo");
        Answer body = calls.page("/meetings/calendar.ics?body=NEACD", null);
        assertThat(body.text()).contains("SUMMARY:NEACD Plenary VI\r\n", "SUMMARY:NEACD Preparatory Meeting");
    }

    private long seventh() {
        return meetings.meetings("NEACD", null, null).stream().filter(m -> m.title().equals("NEACD Plenary VII"))
                .findFirst().orElseThrow().id();
    }
}
