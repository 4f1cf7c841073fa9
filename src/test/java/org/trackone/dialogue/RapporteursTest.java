package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.dialogue.DialogueCalls.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackone.dialogue.DialogueCalls.json;

/**
 * The secretariat designates the rapporteur of each session: an attendee, never an
 * observer; only the designated rapporteur starts the record; and what is refused.
 */
@IntegrationTest
class RapporteursTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Meetings meetings;
    @Autowired Records records;
    @Autowired Invitations invitations;
    @Autowired JdbcClient jdbc;
    DialogueCalls calls;

    @BeforeEach
    void setUp() {
        calls = new DialogueCalls(mvc, accounts);
    }

    private Meeting meeting(int year) {
        LocalDate day = LocalDate.of(year, 2, 9);
        Meeting meeting = meetings.schedule(new MeetingDetails("NEACD", MeetingKind.WORKSHOP, null,
                "Rapporteurs " + year, day, day, "Beijing", null, null, null, null, null, List.of(
                        new SessionDetails("Energy", day, SessionRecordRule.OFF_THE_RECORD, List.of()),
                        new SessionDetails("Maritime", day, SessionRecordRule.CLOSED, List.of()))),
                "secretariat");
        RecordReader secretariat = new RecordReader("secretariat", true);
        invitations.invite(meeting.id(), "expert", null, AttendanceCapacity.EXPERT, secretariat);
        invitations.invite(meeting.id(), "observer", null, AttendanceCapacity.OBSERVER, secretariat);
        invitations.invite(meeting.id(), "chn-foreign", "CHN", AttendanceCapacity.OFFICIAL_DELEGATE, secretariat);
        records.register(meeting.id(), "expert", null, AttendanceCapacity.EXPERT, "secretariat");
        records.register(meeting.id(), "observer", null, AttendanceCapacity.OBSERVER, "secretariat");
        records.register(meeting.id(), "chn-foreign", "CHN", AttendanceCapacity.OFFICIAL_DELEGATE, "secretariat");
        return meeting;
    }

    private String designation(Meeting meeting, int session) {
        return "/api/v1/meetings/" + meeting.id() + "/sessions/" + session + "/rapporteur";
    }

    private int designations() {
        return jdbc.sql("select count(*) from dialogue_rapporteur").query(Integer.class).single();
    }

    @Test
    void onlyTheDesignatedRapporteurStartsTheRecordAndTheSecretariatMayDesignateAnother() {
        Meeting meeting = meeting(2701);
        String start = "/api/v1/meetings/" + meeting.id() + "/records";
        String draft = "{\"session\":1,\"statements\":[{\"text\":\"One view was heard.\"}]}";
        Answer none = calls.api(HttpMethod.POST, start, draft, "expert");
        assertThat(none.status()).as("no rapporteur designated yet").isEqualTo(422);
        assertThat(none.firstErrorField()).isEqualTo("session");
        assertThat(none.body().path("errors").path(0).path("reason").asString())
                .isEqualTo("the secretariat has not designated the rapporteur of session 1");

        assertThat(calls.api(HttpMethod.PUT, designation(meeting, 1), json("username", "expert"), "secretariat")
                .body().path("username").asString()).isEqualTo("expert");
        // A later designation replaces the earlier one, which is kept.
        Answer replaced = calls.api(HttpMethod.PUT, designation(meeting, 1), json("username", "chn-foreign"),
                "secretariat");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().path("designatedBy").asString()).isEqualTo("secretariat");
        Answer list = calls.api(HttpMethod.GET, "/api/v1/meetings/" + meeting.id() + "/rapporteurs", null,
                "chn-foreign");
        assertThat(list.body().valueStream().map(r -> r.path("username").asString()).toList())
                .containsExactly("chn-foreign");
        assertThat(calls.api(HttpMethod.GET, "/api/v1/meetings/" + meeting.id() + "/rapporteurs", null, "jpn-foreign")
                .status()).as("not an attendee of a meeting off the record").isEqualTo(403);

        assertThat(calls.api(HttpMethod.POST, start, draft, "expert").status()).as("no longer the rapporteur")
                .isEqualTo(403);
        assertThat(calls.api(HttpMethod.POST, start, draft, "observer").status()).isEqualTo(403);
        Answer started = calls.api(HttpMethod.POST, start, draft, "chn-foreign");
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        assertThat(started.body().path("rapporteur").asString()).isEqualTo("chn-foreign");

        int before = designations();
        Answer afterStart = calls.api(HttpMethod.PUT, designation(meeting, 1), json("username", "expert"),
                "secretariat");
        assertThat(afterStart.status()).isEqualTo(422);
        assertThat(afterStart.firstErrorField()).isEqualTo("session");
        assertThat(designations()).isEqualTo(before);
    }

    @Test
    void anObserverANonAttendeeOrAnotherRoleIsRefusedAndNothingIsWritten() {
        Meeting meeting = meeting(2702);
        int before = designations();
        Answer observer = calls.api(HttpMethod.PUT, designation(meeting, 2), json("username", "observer"),
                "secretariat");
        assertThat(observer.status()).isEqualTo(422);
        assertThat(observer.firstErrorField()).isEqualTo("username");
        assertThat(observer.body().path("errors").path(0).path("reason").asString())
                .isEqualTo("observer attends as an observer, and an observer is never rapporteur");
        Answer outsider = calls.api(HttpMethod.PUT, designation(meeting, 2), json("username", "jpn-foreign"),
                "secretariat");
        assertThat(outsider.status()).isEqualTo(422);
        assertThat(outsider.firstErrorField()).isEqualTo("username");
        Answer blank = calls.api(HttpMethod.PUT, designation(meeting, 2), json("username", " "), "secretariat");
        assertThat(blank.firstErrorField()).isEqualTo("username");
        assertThat(calls.api(HttpMethod.PUT, designation(meeting, 9), json("username", "expert"), "secretariat")
                .firstErrorField()).isEqualTo("session");
        assertThat(calls.api(HttpMethod.PUT, designation(meeting, 2), "{\"username\":", "secretariat").status())
                .isEqualTo(400);
        assertThat(calls.api(HttpMethod.PUT, designation(meeting, 2), json("username", "expert"), "chn-foreign")
                .status()).isEqualTo(403);
        assertThat(calls.api(HttpMethod.PUT, "/api/v1/meetings/999999/sessions/1/rapporteur",
                json("username", "expert"), "secretariat").status()).isEqualTo(404);
        Answer page = calls.form("/meetings/" + meeting.id() + "/rapporteurs", "secretariat", "session", "2",
                "username", "observer");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("an observer is never rapporteur");
        assertThat(designations()).isEqualTo(before);

        // A session with a designated rapporteur is not removed from its meeting.
        records.designateRapporteur(meeting.id(), 2, "expert", new RecordReader("secretariat", true));
        String day = meeting.startsOn().toString();
        Answer removed = calls.api(HttpMethod.PUT, "/api/v1/meetings/" + meeting.id(), json("body", "NEACD", "kind",
                "WORKSHOP", "title", meeting.title(), "startsOn", day, "endsOn", day, "venue", "Beijing", "sessions",
                List.of(Map.of("title", "Energy", "heldOn", day, "recordRule", "OFF_THE_RECORD"))), "secretariat");
        assertThat(removed.status()).isEqualTo(422);
        assertThat(removed.firstErrorField()).isEqualTo("sessions");
        assertThat(calls.page("/meetings/" + meeting.id() + "/records", "secretariat").text())
                .contains("Designate the rapporteur", "2. Maritime");
    }
}
