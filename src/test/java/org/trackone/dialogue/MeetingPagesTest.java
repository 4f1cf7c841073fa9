package org.trackone.dialogue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.dialogue.DialogueCalls.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/** The meeting pages and the secretariat's meeting form against the real database. */
@IntegrationTest
class MeetingPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Meetings meetings;
    DialogueCalls calls;

    @BeforeEach
    void setUp() {
        calls = new DialogueCalls(mvc, accounts);
    }

    @Test
    void anyoneReadsTheMeetingsAndTheirSessions() {
        Answer list = calls.page("/meetings?body=NEACD", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("NEACD Plenary VI", "Harriman, New York", "Preparatory meeting");
        long sixth = meetings.meetings("NEACD", null, null).stream().filter(m -> m.title().equals("NEACD Plenary VI"))
                .findFirst().orElseThrow().id();
        Answer page = calls.page("/meetings/" + sixth, null);
        assertThat(page.text()).contains("National perspectives: foreign ministries", "Off the record",
                "Format of future plenaries", "/meetings/" + sixth + "/calendar.ics");
        assertThat(page.text()).doesNotContain("/meetings/" + sixth + "/edit");
        assertThat(calls.page("/meetings/" + sixth, "secretariat").text()).contains("/meetings/" + sixth + "/edit");
        assertThat(calls.page("/meetings/999999", null).status()).isEqualTo(404);
    }

    @Test
    void theFormForANewPlenaryOffersTheDatesTheCadenceProposes() {
        Answer form = calls.page("/meetings/new?body=NEACD&kind=PLENARY", "secretariat");
        assertThat(form.status()).isEqualTo(200);
        String proposed = meetings.proposeNextPlenary("NEACD").orElseThrow().startsOn().toString();
        assertThat(form.text()).contains("Proposed from the body", "value=\"" + proposed + "\"");
    }

    @Test
    void theSecretariatSchedulesThroughTheFormAndAnOverlapComesBackWithItsReason() {
        LocalDate day = LocalDate.of(2150, 9, 14);
        Answer saved = calls.form("/meetings/new", "secretariat", "body", "FPT-PEACE", "kind", "SUB_COMMITTEE_SESSION",
                "title", "Form session", "startsOn", day.toString(), "endsOn", day.toString(), "venue", "Geneva",
                "sessions[0].title", "Closed talks", "sessions[0].heldOn", day.toString(),
                "sessions[0].recordRule", "CLOSED", "sessions[0].agenda", "Peace regime\nArmistice");
        assertThat(saved.status()).as(saved.text()).isEqualTo(302);
        Meeting meeting = meetings.meetings("FPT-PEACE", day, day).getFirst();
        assertThat(meeting.sessions().getFirst().agenda()).containsExactly("Peace regime", "Armistice");

        Answer overlap = calls.form("/meetings/new", "secretariat", "body", "FPT-PEACE", "kind",
                "SUB_COMMITTEE_SESSION", "title", "Second", "startsOn", day.toString(), "endsOn", day.toString(),
                "venue", "Geneva");
        assertThat(overlap.status()).isEqualTo(422);
        assertThat(overlap.text()).contains("overlaps Form session");
        Answer badDay = calls.form("/meetings/new", "secretariat", "body", "FPT-PEACE", "kind",
                "SUB_COMMITTEE_SESSION", "title", "Third", "startsOn", day.plusDays(3).toString(),
                "endsOn", day.plusDays(3).toString(), "venue", "Geneva", "sessions[1].title", "Late",
                "sessions[1].heldOn", day.plusDays(9).toString(), "sessions[1].recordRule", "CLOSED");
        assertThat(badDay.status()).isEqualTo(422);
        assertThat(badDay.text()).contains("must fall within the meeting");
        assertThat(meetings.meetings("FPT-PEACE", day, day.plusDays(10))).hasSize(1);
        Answer lax = calls.form("/meetings/new", "secretariat", "body", "NEACD", "kind", "WORKSHOP", "title",
                "Lax workshop", "startsOn", day.toString(), "endsOn", day.toString(), "venue", "Seoul",
                "sessions[0].title", "Open talk", "sessions[0].heldOn", day.toString(),
                "sessions[0].recordRule", "CHATHAM_HOUSE");
        assertThat(lax.status()).isEqualTo(422);
        assertThat(lax.text()).contains(
                "may not be less strict than the record rule of Northeast Asia Cooperation Dialogue: Off the record");
        assertThat(meetings.meetings("NEACD", day, day)).isEmpty();

        Answer edited = calls.form("/meetings/" + meeting.id() + "/edit", "secretariat", "kind",
                "SUB_COMMITTEE_SESSION", "title", "Form session, renamed", "startsOn", day.toString(),
                "endsOn", day.toString(), "venue", "Geneva");
        assertThat(edited.status()).isEqualTo(302);
        assertThat(meetings.meeting(meeting.id()).title()).isEqualTo("Form session, renamed");
        assertThat(meetings.meeting(meeting.id()).version()).isEqualTo(2);
    }
}
