package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.dialogue.DialogueCalls.Answer;
import org.trackone.framework.BodyDetails;
import org.trackone.framework.BodyKind;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.DecisionRule;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.Mandate;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Track;

import static org.assertj.core.api.Assertions.assertThat;

/** The record pages: registration, a draft, the amendment phase, final; and who is refused. */
@IntegrationTest
class RecordPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Meetings meetings;
    @Autowired Records records;
    DialogueCalls calls;

    @BeforeEach
    void setUp() {
        calls = new DialogueCalls(mvc, accounts);
    }

    @Test
    void attendeesAmendAndTheRapporteurFinalizesAnOffTheRecordSessionWhileOthersAreRefused() {
        LocalDate day = LocalDate.of(2501, 3, 3);
        Meeting meeting = meetings.schedule(new MeetingDetails("NEACD", MeetingKind.WORKSHOP, null, "Pages 2501", day,
                day, "Tokyo", null, null, null, null, null, List.of(new SessionDetails("Energy", day,
                        SessionRecordRule.OFF_THE_RECORD, List.of()))), "secretariat");
        String base = "/meetings/" + meeting.id();
        assertThat(calls.form(base + "/invitations", "secretariat", "username", "expert", "capacity", "EXPERT")
                .status()).isEqualTo(302);
        assertThat(calls.form(base + "/invitations", "secretariat", "username", "chn-foreign", "participant", "CHN",
                "capacity", "OFFICIAL_DELEGATE").status()).isEqualTo(302);
        assertThat(calls.form(base + "/attendance", "secretariat", "username", "expert", "capacity", "EXPERT")
                .status()).isEqualTo(302);
        assertThat(calls.form(base + "/attendance", "secretariat", "username", "chn-foreign", "participant", "CHN",
                "capacity", "OFFICIAL_DELEGATE").status()).isEqualTo(302);
        assertThat(calls.form(base + "/rapporteurs", "secretariat", "session", "1", "username", "expert").status())
                .isEqualTo(302);
        Answer unknown = calls.form(base + "/attendance", "secretariat", "username", "nobody", "capacity", "EXPERT");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text()).contains("there is no account nobody");

        assertThat(calls.page(base + "/records", "jpn-foreign").text()).contains("shown only to attendees")
                .doesNotContain("chn-foreign");
        assertThat(calls.page(base + "/records", "chn-foreign").text()).contains("chn-foreign")
                .as("only the designated rapporteur is offered to start").doesNotContain("Start the record");
        assertThat(calls.page(base + "/records", "expert").text()).contains("Start the record");
        assertThat(calls.form(base + "/records", "chn-foreign", "session", "1", "statements", "Mine.").status())
                .isEqualTo(403);

        Answer started = calls.form(base + "/records", "expert", "session", "1", "statements",
                "One view: energy cooperation first.\n\nAnother view: pipelines take decades.");
        assertThat(started.status()).isEqualTo(302);
        String record = started.redirect();
        assertThat(calls.page(record, "chn-foreign").status()).as("a draft is the rapporteur's").isEqualTo(403);
        assertThat(calls.form(record + "/amendment-phase", "expert").status()).isEqualTo(302);
        Answer amendment = calls.form(record + "/amendments", "chn-foreign", "text", "Add: gas fields are shared.");
        assertThat(amendment.status()).isEqualTo(302);
        assertThat(calls.page(record, "chn-foreign").text()).contains("Add: gas fields are shared.",
                "No statement of this session names its speaker");
        assertThat(calls.form(record + "/final", "chn-foreign").status()).as("only the rapporteur").isEqualTo(403);
        assertThat(calls.form(record + "/final", "expert").status()).isEqualTo(302);
        Answer late = calls.form(record + "/revise", "expert", "statements", "Changed after the end.");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.text()).contains("the record is final");

        assertThat(calls.page(record, "jpn-foreign").status()).as("not an attendee").isEqualTo(403);
        assertThat(calls.page(record, null).redirect()).contains("/sign-in");
        assertThat(calls.page("/records?q=pipelines", "chn-foreign").text()).contains(record);
        assertThat(calls.page("/records?q=pipelines", "jpn-foreign").text()).doesNotContain(record);

        Answer feed = calls.page("/meetings/mine.ics", "chn-foreign");
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.text()).contains("SUMMARY:Pages 2501", "UID:meeting-" + meeting.id() + "@trackone");
        assertThat(calls.page("/meetings/mine.ics", "jpn-foreign").text()).doesNotContain("Pages 2501");
        assertThat(calls.page("/meetings/mine.ics", null).redirect()).contains("/sign-in");
    }

    @Test
    void aFinalRecordOnTheRecordFollowsTheBodysRecordRuleToo() {
        LocalDate day = LocalDate.of(2502, 5, 5);
        Meeting meeting = meetings.schedule(new MeetingDetails("FPT", MeetingKind.SUB_COMMITTEE_SESSION, null,
                "Restricted 2502", day, day, "Geneva", null, null, null, null, null, List.of(new SessionDetails(
                        "Opening", day, SessionRecordRule.ON_THE_RECORD, List.of()))), "secretariat");
        String base = "/meetings/" + meeting.id();
        calls.form(base + "/invitations", "secretariat", "username", "usa-foreign", "participant", "USA", "capacity",
                "OFFICIAL_DELEGATE");
        assertThat(calls.form(base + "/attendance", "secretariat", "username", "usa-foreign", "participant", "USA",
                "capacity", "OFFICIAL_DELEGATE").status()).isEqualTo(302);
        calls.form(base + "/rapporteurs", "secretariat", "session", "1", "username", "usa-foreign");
        String record = calls.form(base + "/records", "usa-foreign", "session", "1", "statements",
                "The talks open with a statement on the armistice.").redirect();
        assertThat(calls.form(record + "/amendment-phase", "usa-foreign").status()).isEqualTo(302);
        assertThat(calls.form(record + "/final", "usa-foreign").status()).isEqualTo(302);

        assertThat(calls.page(record, "usa-foreign").status()).isEqualTo(200);
        assertThat(calls.page(record, "secretariat").status()).isEqualTo(200);
        assertThat(calls.page(record, "observer").status()).as("a restricted body's record").isEqualTo(403);
        assertThat(calls.page(record, null).redirect()).contains("/sign-in");
        assertThat(calls.page("/records?q=armistice", "observer").text()).doesNotContain(record);
        assertThat(calls.page("/records?q=armistice", "secretariat").text()).as("the secretariat reads it")
                .contains(record);
        assertThat(calls.page("/records?q=armistice", "usa-foreign").text()).contains(record);
    }

    @Test
    void aPageSaveOfASessionOnTheRecordKeepsItsSpeakersAndOnlyThere() {
        LocalDate day = LocalDate.of(2504, 4, 4);
        Meeting meeting = meetings.schedule(new MeetingDetails("FPT", MeetingKind.SUB_COMMITTEE_SESSION, null,
                "Speakers 2504", day, day, "Geneva", null, null, null, null, null, List.of(
                        new SessionDetails("Opening statements", day, SessionRecordRule.ON_THE_RECORD, List.of()),
                        new SessionDetails("Closed talk", day, SessionRecordRule.OFF_THE_RECORD, List.of()))),
                "secretariat");
        String base = "/meetings/" + meeting.id();
        calls.form(base + "/invitations", "secretariat", "username", "usa-foreign", "participant", "USA", "capacity",
                "OFFICIAL_DELEGATE");
        calls.form(base + "/attendance", "secretariat", "username", "usa-foreign", "participant", "USA", "capacity",
                "OFFICIAL_DELEGATE");
        calls.form(base + "/rapporteurs", "secretariat", "session", "1", "username", "usa-foreign");
        calls.form(base + "/rapporteurs", "secretariat", "session", "2", "username", "usa-foreign");
        assertThat(calls.page(base + "/records", "usa-foreign").text()).contains("name=\"speaker\"",
                "Start the record of a session on the record");

        Answer started = calls.form(base + "/records", "usa-foreign", "session", "1",
                "speaker", "Ambassador Kim", "affiliation", "Republic of Korea",
                "statement", "Peace, first of all, on the peninsula.",
                "speaker", "", "affiliation", "", "statement", "",
                "speaker", "Ambassador Lee", "affiliation", "", "statement", "The talks resume in March.");
        assertThat(started.status()).as(started.text()).isEqualTo(302);
        String record = started.redirect();
        long id = Long.parseLong(record.substring(record.lastIndexOf('/') + 1));
        SessionRecord first = records.read(id, new RecordReader("usa-foreign", false));
        assertThat(first.statements()).extracting(Statement::speaker).containsExactly("Ambassador Kim",
                "Ambassador Lee");
        assertThat(first.statements().get(0).text()).as("a comma does not split a statement")
                .isEqualTo("Peace, first of all, on the peninsula.");

        Answer page = calls.page(record, "usa-foreign");
        assertThat(page.text()).contains("value=\"Ambassador Kim\"", "value=\"Republic of Korea\"",
                "value=\"Ambassador Lee\"");
        // The page sends every row back: a save that changes one text keeps both speakers.
        assertThat(calls.form(record + "/revise", "usa-foreign",
                "speaker", "Ambassador Kim", "affiliation", "Republic of Korea",
                "statement", "Peace, first of all, on the whole peninsula.",
                "speaker", "Ambassador Lee", "affiliation", "", "statement", "The talks resume in March.",
                "speaker", "", "affiliation", "", "statement", "").status()).isEqualTo(302);
        SessionRecord revised = records.read(id, new RecordReader("usa-foreign", false));
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.statements()).extracting(Statement::speaker).containsExactly("Ambassador Kim",
                "Ambassador Lee");
        assertThat(revised.statements().get(0).affiliation()).isEqualTo("Republic of Korea");
        assertThat(revised.statements().get(0).text()).isEqualTo("Peace, first of all, on the whole peninsula.");

        Answer noText = calls.form(record + "/revise", "usa-foreign", "speaker", "Ambassador Kim", "affiliation", "",
                "statement", " ");
        assertThat(noText.status()).isEqualTo(422);
        assertThat(noText.text()).contains("must have 1 to 10,000 characters");
        assertThat(records.read(id, new RecordReader("usa-foreign", false)).version()).isEqualTo(2);

        // A session off the record offers no speaker field, and one sent anyway is refused, nothing written.
        String closed = calls.form(base + "/records", "usa-foreign", "session", "2", "statements",
                "Said without a name.").redirect();
        assertThat(calls.page(closed, "usa-foreign").text()).doesNotContain("name=\"speaker\"");
        Answer named = calls.form(closed + "/revise", "usa-foreign", "speaker", "Ambassador Kim", "affiliation", "",
                "statement", "Said with a name.");
        assertThat(named.status()).isEqualTo(422);
        assertThat(named.text()).contains("this session is not on the record").doesNotContain("Ambassador Kim");
        long closedId = Long.parseLong(closed.substring(closed.lastIndexOf('/') + 1));
        assertThat(records.read(closedId, new RecordReader("usa-foreign", false)).version()).isEqualTo(1);
    }

    @Autowired FrameworkAdministration framework;

    @Test
    void aChathamHouseRecordDoesNotTellOutsidersWhoKeptIt() {
        framework.createBody(new BodyDetails("PUBLIC-CH", "Public workshop", BodyKind.WORKSHOP, null, Track.TWO,
                Mandate.REGIONAL, DecisionRule.NONE, RecordRule.PUBLIC, BodyStatus.ACTIVE, null, null, null, ""),
                "secretariat");
        LocalDate day = LocalDate.of(2503, 6, 6);
        Meeting meeting = meetings.schedule(new MeetingDetails("PUBLIC-CH", MeetingKind.WORKSHOP, null,
                "Chatham House 2503", day, day, "Ulaanbaatar", null, null, null, null, null, List.of(
                        new SessionDetails("Maritime", day, SessionRecordRule.CHATHAM_HOUSE, List.of()))),
                "secretariat");
        String base = "/meetings/" + meeting.id();
        assertThat(calls.form(base + "/attendance", "secretariat", "username", "expert", "capacity", "EXPERT")
                .status()).isEqualTo(302);
        calls.form(base + "/rapporteurs", "secretariat", "session", "1", "username", "expert");
        String record = calls.form(base + "/records", "expert", "session", "1", "statements",
                "One participant proposed a maritime hotline.").redirect();
        calls.form(record + "/amendment-phase", "expert");
        assertThat(calls.form(record + "/final", "expert").status()).isEqualTo(302);

        String api = record.replace("/records/", "/api/v1/records/");
        Answer outsider = calls.api(HttpMethod.GET, api, null, "observer");
        assertThat(outsider.status()).isEqualTo(200);
        assertThat(outsider.body().has("rapporteur")).isFalse();
        assertThat(outsider.text()).doesNotContain("expert").contains("maritime hotline");
        assertThat(calls.api(HttpMethod.GET, api, null, "expert").body().path("rapporteur").asString())
                .isEqualTo("expert");
        assertThat(calls.api(HttpMethod.GET, "/api/v1/records?q=hotline", null, "observer").text())
                .contains("maritime hotline").doesNotContain("\"rapporteur\"");
    }

    @Test
    void aSearchWithAControlCharacterIsRefusedNamingTheQuery() {
        Answer api = calls.api(HttpMethod.GET, "/api/v1/records?q=a\u0000b", null, "observer");
        assertThat(api.status()).as(api.text()).isEqualTo(422);
        assertThat(api.firstErrorField()).isEqualTo("q");
        assertThat(calls.page("/records?q=\u0000", "observer").status()).isLessThan(500);
    }
}
