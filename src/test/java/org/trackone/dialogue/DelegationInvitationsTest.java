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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackone.dialogue.DialogueCalls.json;

/**
 * Invitations of a whole delegation: the secretariat invites a state's delegation in a
 * capacity; its delegates see it, each accepts for themselves (and is registered), or one
 * declines for the delegation while none of them is registered; a meeting that is not
 * public then registers that state's delegates; and what is refused, writing nothing.
 */
@IntegrationTest
class DelegationInvitationsTest {

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

    private Meeting workshop(int year) {
        LocalDate day = LocalDate.of(year, 6, 14);
        return meetings.schedule(new MeetingDetails("NEACD", MeetingKind.WORKSHOP, null, "Delegations " + year, day,
                day, "Seoul", null, null, null, null, null, List.of(new SessionDetails("Maritime", day,
                        SessionRecordRule.OFF_THE_RECORD, List.of()))), "secretariat");
    }

    private static String reason(Answer answer) {
        return answer.body().path("errors").path(0).path("reason").asString();
    }

    @Test
    void theDelegatesOfAnInvitedDelegationAcceptForThemselvesAndAreRegistered() {
        Meeting meeting = workshop(2803);
        String base = "/api/v1/meetings/" + meeting.id();
        Answer invited = calls.api(HttpMethod.POST, base + "/delegation-invitations", json("participant", "KOR",
                "capacity", "OFFICIAL_DELEGATE"), "secretariat");
        assertThat(invited.status()).as(invited.text()).isEqualTo(201);
        assertThat(invited.body().path("participant").asString()).isEqualTo("KOR");
        assertThat(invited.body().path("acceptedBy").size()).isZero();
        assertThat(invited.body().has("declinedAt")).isFalse();
        long invitation = invited.body().path("id").asLong();
        String answer = "/api/v1/delegation-invitations/" + invitation + "/answer";

        // Its delegates see it; another state's delegates and other roles do not, nor may they answer it.
        assertThat(ids(calls.api(HttpMethod.GET, "/api/v1/delegation-invitations", null, "kor-defence").body()))
                .contains(invitation);
        assertThat(ids(calls.api(HttpMethod.GET, "/api/v1/delegation-invitations", null, "jpn-foreign").body()))
                .doesNotContain(invitation);
        assertThat(calls.api(HttpMethod.GET, "/api/v1/delegation-invitations", null, "expert").body().size())
                .isZero();
        assertThat(calls.page("/meetings/invitations", "kor-foreign").text())
                .contains("Delegations 2803", "Accept for myself", "Decline for the delegation");
        assertThat(calls.page("/meetings/" + meeting.id(), "kor-foreign").text())
                .contains("Your delegation is invited, as: Official delegate.");
        assertThat(calls.api(HttpMethod.POST, answer, json("answer", "ACCEPTED"), "jpn-foreign").status())
                .isEqualTo(403);
        assertThat(calls.api(HttpMethod.POST, answer, json("answer", "ACCEPTED"), "expert").status()).isEqualTo(403);
        assertThat(calls.api(HttpMethod.POST, answer, json("answer", "MAYBE"), "kor-foreign").status())
                .isEqualTo(400);
        assertThat(calls.api(HttpMethod.POST, answer, json("answer", null), "kor-foreign").firstErrorField())
                .isEqualTo("answer");

        // The secretariat registers a delegate of the invited delegation, in the invited capacity and for it only.
        int attendance = rows("dialogue_attendance");
        Answer otherCapacity = calls.api(HttpMethod.POST, base + "/attendance", json("username", "kor-defence",
                "capacity", "EXPERT"), "secretariat");
        assertThat(otherCapacity.firstErrorField()).isEqualTo("capacity");
        Answer otherState = calls.api(HttpMethod.POST, base + "/attendance", json("username", "kor-defence",
                "participant", "JPN", "capacity", "OFFICIAL_DELEGATE"), "secretariat");
        assertThat(otherState.firstErrorField()).isEqualTo("participant");
        assertThat(reason(otherState)).isEqualTo("must be the invited delegation: KOR");
        Answer notInvited = calls.api(HttpMethod.POST, base + "/attendance", json("username", "jpn-defence",
                "capacity", "OFFICIAL_DELEGATE"), "secretariat");
        assertThat(notInvited.firstErrorField()).isEqualTo("username");
        assertThat(rows("dialogue_attendance")).isEqualTo(attendance);
        Answer registered = calls.api(HttpMethod.POST, base + "/attendance", json("username", "kor-defence",
                "capacity", "OFFICIAL_DELEGATE"), "secretariat");
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(registered.body().path("participant").asString()).isEqualTo("KOR");

        // Another delegate accepts for themselves, from their page, once; and is registered.
        assertThat(calls.form("/meetings/delegation-invitations/" + invitation + "/answer", "kor-foreign", "answer",
                "ACCEPTED").status()).isEqualTo(302);
        JsonNode list = calls.api(HttpMethod.GET, base + "/attendance", null, "kor-foreign").body();
        assertThat(list.valueStream().filter(a -> a.path("username").asString().equals("kor-foreign")).toList())
                .singleElement().satisfies(a -> {
                    assertThat(a.path("participant").asString()).isEqualTo("KOR");
                    assertThat(a.path("capacity").asString()).isEqualTo("OFFICIAL_DELEGATE");
                });
        Answer again = calls.api(HttpMethod.POST, answer, json("answer", "ACCEPTED"), "kor-foreign");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.firstErrorField()).isEqualTo("answer");

        // With its delegates registered, the delegation can no longer decline.
        int declines = rows("dialogue_delegation_decline");
        Answer decline = calls.api(HttpMethod.POST, answer, json("answer", "DECLINED"), "kor-defence");
        assertThat(decline.status()).isEqualTo(422);
        assertThat(decline.firstErrorField()).isEqualTo("answer");
        assertThat(rows("dialogue_delegation_decline")).isEqualTo(declines);

        // The meeting's page and API show the delegations invited to those who may read the attendance list.
        JsonNode ofMeeting = calls.api(HttpMethod.GET, base + "/delegation-invitations", null, "kor-foreign").body();
        assertThat(ofMeeting.path(0).path("acceptedBy").valueStream().map(JsonNode::asString).toList())
                .containsExactly("kor-foreign");
        assertThat(calls.api(HttpMethod.GET, base + "/delegation-invitations", null, "jpn-foreign").status())
                .isEqualTo(403);
        assertThat(calls.page("/meetings/" + meeting.id(), "secretariat").text())
                .contains("Invited delegations", "accepted by kor-foreign", "Invite the delegation");
        assertThat(calls.page("/meetings/" + meeting.id(), "jpn-foreign").text()).contains("Invited delegations")
                .doesNotContain("accepted by kor-foreign", "Invite the delegation");
    }

    @Test
    void aDelegationThatDeclinedIsNotRegistered() {
        Meeting meeting = workshop(2804);
        String base = "/api/v1/meetings/" + meeting.id();
        assertThat(calls.form("/meetings/" + meeting.id() + "/delegation-invitations", "secretariat", "participant",
                "USA", "capacity", "PRIVATE_CAPACITY").status()).isEqualTo(302);
        long invitation = calls.api(HttpMethod.GET, "/api/v1/delegation-invitations", null, "usa-foreign").body()
                .valueStream().filter(i -> i.path("meetingId").asLong() == meeting.id()).findFirst().orElseThrow()
                .path("id").asLong();
        String answer = "/api/v1/delegation-invitations/" + invitation + "/answer";

        Answer declined = calls.api(HttpMethod.POST, answer, json("answer", "DECLINED"), "usa-defence");
        assertThat(declined.status()).as(declined.text()).isEqualTo(200);
        assertThat(declined.body().path("declinedBy").asString()).isEqualTo("usa-defence");
        int acceptances = rows("dialogue_delegation_acceptance");
        Answer late = calls.api(HttpMethod.POST, answer, json("answer", "ACCEPTED"), "usa-foreign");
        assertThat(late.status()).isEqualTo(422);
        assertThat(reason(late)).isEqualTo("the delegation of USA declined the invitation");
        assertThat(calls.api(HttpMethod.POST, answer, json("answer", "DECLINED"), "usa-foreign").status())
                .isEqualTo(422);
        assertThat(rows("dialogue_delegation_acceptance")).isEqualTo(acceptances);
        int attendance = rows("dialogue_attendance");
        Answer refused = calls.api(HttpMethod.POST, base + "/attendance", json("username", "usa-foreign",
                "capacity", "PRIVATE_CAPACITY"), "secretariat");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(reason(refused)).isEqualTo("the delegation of USA declined the invitation");
        assertThat(rows("dialogue_attendance")).isEqualTo(attendance);
        assertThat(calls.page("/meetings/invitations", "usa-foreign").text()).contains("declined by the delegation")
                .doesNotContain("Accept for myself");
    }

    @Test
    void badDelegationInvitationsAreRefusedNamingTheFieldAndNothingIsWritten() {
        Meeting meeting = workshop(2805);
        String invitations = "/api/v1/meetings/" + meeting.id() + "/delegation-invitations";
        assertThat(calls.api(HttpMethod.POST, invitations, json("participant", "CHN", "capacity", "OBSERVER"),
                "secretariat").status()).isEqualTo(201);
        int before = rows("dialogue_delegation_invitation");
        Answer twice = calls.api(HttpMethod.POST, invitations, json("participant", "CHN", "capacity", "EXPERT"),
                "secretariat");
        assertThat(twice.firstErrorField()).isEqualTo("participant");
        assertThat(reason(twice)).isEqualTo("the delegation of CHN is already invited to this meeting");
        assertThat(calls.api(HttpMethod.POST, invitations, json("capacity", "EXPERT"), "secretariat")
                .firstErrorField()).isEqualTo("participant");
        Answer unknown = calls.api(HttpMethod.POST, invitations, json("participant", "ZZZ", "capacity", "EXPERT"),
                "secretariat");
        assertThat(unknown.firstErrorField()).isEqualTo("participant");
        assertThat(reason(unknown)).isEqualTo("there is no state ZZZ: a delegation is a state's");
        assertThat(calls.api(HttpMethod.POST, invitations, json("participant", "IGCC", "capacity", "EXPERT"),
                "secretariat").firstErrorField()).as("an organization has no delegation").isEqualTo("participant");
        assertThat(calls.api(HttpMethod.POST, invitations, json("participant", "JPN"), "secretariat")
                .firstErrorField()).isEqualTo("capacity");
        assertThat(calls.api(HttpMethod.POST, invitations, json("participant", "JPN", "capacity", "GUEST"),
                "secretariat").status()).isEqualTo(400);
        assertThat(calls.api(HttpMethod.POST, invitations, json("participant", "JPN", "capacity", "EXPERT"),
                "kor-foreign").status()).isEqualTo(403);
        assertThat(calls.api(HttpMethod.POST, "/api/v1/meetings/999999/delegation-invitations",
                json("participant", "JPN", "capacity", "EXPERT"), "secretariat").status()).isEqualTo(404);
        Answer page = calls.form("/meetings/" + meeting.id() + "/delegation-invitations", "secretariat",
                "participant", "ZZZ", "capacity", "EXPERT");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("there is no state ZZZ");
        assertThat(rows("dialogue_delegation_invitation")).isEqualTo(before);
        assertThat(calls.api(HttpMethod.POST, "/api/v1/delegation-invitations/999999/answer",
                json("answer", "ACCEPTED"), "kor-foreign").status()).isEqualTo(404);
    }

    private static List<Long> ids(JsonNode list) {
        return list.valueStream().map(i -> i.path("id").asLong()).toList();
    }
}
