package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.List;

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
 * Invitations: the secretariat invites in a capacity, the invited person accepts (and is
 * registered) or declines, once; a meeting that is not public registers invited persons
 * only; and what is refused.
 */
@IntegrationTest
class InvitationsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Meetings meetings;
    @Autowired JdbcClient jdbc;
    DialogueCalls calls;

    @BeforeEach
    void setUp() {
        calls = new DialogueCalls(mvc, accounts);
    }

    private int rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Test
    void theInvitedAcceptOrDeclineAndOnlyTheInvitedAreRegistered() {
        LocalDate day = LocalDate.of(2801, 5, 11);
        Meeting meeting = meetings.schedule(new MeetingDetails("NEACD", MeetingKind.WORKSHOP, null, "Invitations 2801",
                day, day, "Moscow", null, null, null, null, null, List.of(new SessionDetails("Energy", day,
                        SessionRecordRule.OFF_THE_RECORD, List.of()))), "secretariat");
        String base = "/api/v1/meetings/" + meeting.id();
        Answer delegate = calls.api(HttpMethod.POST, base + "/invitations", json("username", "kor-foreign",
                "participant", "KOR", "capacity", "OFFICIAL_DELEGATE"), "secretariat");
        assertThat(delegate.status()).as(delegate.text()).isEqualTo(201);
        assertThat(delegate.body().has("answer")).isFalse();
        long delegateInvitation = delegate.body().path("id").asLong();
        assertThat(calls.form("/meetings/" + meeting.id() + "/invitations", "secretariat", "username", "expert",
                "capacity", "PRIVATE_CAPACITY").status()).isEqualTo(302);

        // Not invited, or not in the invited capacity: not registered, nothing written.
        int attendance = rows("dialogue_attendance");
        Answer uninvited = calls.api(HttpMethod.POST, base + "/attendance", json("username", "jpn-foreign",
                "participant", "JPN", "capacity", "OFFICIAL_DELEGATE"), "secretariat");
        assertThat(uninvited.status()).isEqualTo(422);
        assertThat(uninvited.firstErrorField()).isEqualTo("username");
        assertThat(uninvited.body().path("errors").path(0).path("reason").asString()).contains("is not invited");
        Answer otherCapacity = calls.api(HttpMethod.POST, base + "/attendance", json("username", "expert",
                "capacity", "EXPERT"), "secretariat");
        assertThat(otherCapacity.firstErrorField()).isEqualTo("capacity");
        assertThat(otherCapacity.body().path("errors").path(0).path("reason").asString())
                .isEqualTo("must be the capacity of the invitation: In a private capacity");
        assertThat(rows("dialogue_attendance")).isEqualTo(attendance);

        // The invited person sees the invitation and answers it; nobody else may.
        assertThat(calls.page("/meetings/invitations", "kor-foreign").text()).contains("Invitations 2801", "Accept");
        Answer mine = calls.api(HttpMethod.GET, "/api/v1/invitations", null, "kor-foreign");
        assertThat(mine.body().valueStream().map(i -> i.path("id").asLong()).toList()).contains(delegateInvitation);
        String answer = "/api/v1/invitations/" + delegateInvitation + "/answer";
        assertThat(calls.api(HttpMethod.POST, answer, json("answer", "ACCEPTED"), "jpn-foreign").status())
                .isEqualTo(403);
        assertThat(calls.api(HttpMethod.POST, answer, json("answer", "MAYBE"), "kor-foreign").status())
                .isEqualTo(400);
        assertThat(calls.api(HttpMethod.POST, answer, json("answer", null), "kor-foreign").firstErrorField())
                .isEqualTo("answer");
        Answer accepted = calls.api(HttpMethod.POST, answer, json("answer", "ACCEPTED"), "kor-foreign");
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.body().path("answer").asString()).isEqualTo("ACCEPTED");
        Answer list = calls.api(HttpMethod.GET, base + "/attendance", null, "kor-foreign");
        assertThat(list.body().path(0).path("username").asString()).isEqualTo("kor-foreign");
        assertThat(list.body().path(0).path("participant").asString()).isEqualTo("KOR");
        assertThat(list.body().path(0).path("capacity").asString()).isEqualTo("OFFICIAL_DELEGATE");
        Answer again = calls.api(HttpMethod.POST, answer, json("answer", "DECLINED"), "kor-foreign");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.firstErrorField()).isEqualTo("answer");

        long expertInvitation = calls.api(HttpMethod.GET, "/api/v1/invitations", null, "expert").body()
                .valueStream().filter(i -> i.path("meetingId").asLong() == meeting.id()).findFirst().orElseThrow()
                .path("id").asLong();
        assertThat(calls.form("/meetings/invitations/" + expertInvitation + "/answer", "expert", "answer", "DECLINED")
                .status()).isEqualTo(302);
        assertThat(calls.page("/meetings/invitations", "expert").text()).contains("declined");
        Answer declined = calls.api(HttpMethod.POST, base + "/attendance", json("username", "expert",
                "capacity", "PRIVATE_CAPACITY"), "secretariat");
        assertThat(declined.status()).isEqualTo(422);
        assertThat(declined.body().path("errors").path(0).path("reason").asString())
                .isEqualTo("expert declined the invitation");

        // Who reads the invitations: those who may read the attendance list.
        assertThat(calls.api(HttpMethod.GET, base + "/invitations", null, "kor-foreign").body().size()).isEqualTo(2);
        assertThat(calls.api(HttpMethod.GET, base + "/invitations", null, "jpn-foreign").status()).isEqualTo(403);
        assertThat(calls.page("/meetings/" + meeting.id() + "/records", "secretariat").text())
                .contains("Invite", "declined", "accepted");
    }

    @Test
    void aNameTypedWithSpacesRegistersTheInvitedPersonOnce() {
        LocalDate day = LocalDate.of(2802, 5, 11);
        Meeting meeting = meetings.schedule(new MeetingDetails("NEACD", MeetingKind.WORKSHOP, null, "Spaces 2802",
                day, day, "Tokyo", null, null, null, null, null, List.of(new SessionDetails("Energy", day,
                        SessionRecordRule.OFF_THE_RECORD, List.of()))), "secretariat");
        String base = "/api/v1/meetings/" + meeting.id();
        assertThat(calls.api(HttpMethod.POST, base + "/invitations", json("username", "usa-defence",
                "participant", "USA", "capacity", "OFFICIAL_DELEGATE"), "secretariat").status()).isEqualTo(201);

        Answer padded = calls.api(HttpMethod.POST, base + "/attendance", json("username", "  usa-defence ",
                "capacity", "OFFICIAL_DELEGATE"), "secretariat");
        assertThat(padded.status()).as(padded.text()).isEqualTo(201);
        assertThat(padded.body().path("username").asString()).isEqualTo("usa-defence");
        Answer again = calls.api(HttpMethod.POST, base + "/attendance", json("username", "usa-defence",
                "capacity", "OFFICIAL_DELEGATE"), "secretariat");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.firstErrorField()).isEqualTo("username");
    }

    @Test
    void badInvitationsAreRefusedNamingTheFieldAndNothingIsWritten() {
        LocalDate day = LocalDate.of(2802, 5, 11);
        Meeting meeting = meetings.schedule(new MeetingDetails("FPT", MeetingKind.SUB_COMMITTEE_SESSION, null,
                "Invitations 2802", day, day, "Geneva", null, null, null, null, null, List.of()), "secretariat");
        String invitations = "/api/v1/meetings/" + meeting.id() + "/invitations";
        assertThat(calls.api(HttpMethod.POST, invitations, json("username", "usa-foreign", "capacity",
                "OFFICIAL_DELEGATE"), "secretariat").status()).isEqualTo(201);
        int before = rows("dialogue_invitation");
        assertThat(calls.api(HttpMethod.POST, invitations, json("username", "usa-foreign", "capacity", "EXPERT"),
                "secretariat").firstErrorField()).as("invited once").isEqualTo("username");
        assertThat(calls.api(HttpMethod.POST, invitations, json("username", "nobody", "capacity", "EXPERT"),
                "secretariat").firstErrorField()).isEqualTo("username");
        assertThat(calls.api(HttpMethod.POST, invitations, json("username", "expert"), "secretariat")
                .firstErrorField()).isEqualTo("capacity");
        assertThat(calls.api(HttpMethod.POST, invitations, json("username", "expert", "capacity", "GUEST"),
                "secretariat").status()).isEqualTo(400);
        assertThat(calls.api(HttpMethod.POST, invitations, json("username", "expert", "participant", "ZZZ",
                "capacity", "EXPERT"), "secretariat").firstErrorField()).isEqualTo("participant");
        assertThat(calls.api(HttpMethod.POST, invitations, json("username", "expert", "capacity", "EXPERT"),
                "kor-foreign").status()).isEqualTo(403);
        assertThat(calls.api(HttpMethod.POST, "/api/v1/meetings/999999/invitations", json("username", "expert",
                "capacity", "EXPERT"), "secretariat").status()).isEqualTo(404);
        Answer page = calls.form("/meetings/" + meeting.id() + "/invitations", "secretariat", "username", "nobody",
                "capacity", "EXPERT");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("there is no account nobody");
        assertThat(rows("dialogue_invitation")).isEqualTo(before);
        assertThat(calls.api(HttpMethod.POST, "/api/v1/invitations/999999/answer", json("answer", "ACCEPTED"),
                "expert").status()).isEqualTo(404);
    }
}
