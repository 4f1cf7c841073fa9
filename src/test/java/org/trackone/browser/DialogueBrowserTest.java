package org.trackone.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trackone.IntegrationTest;
import org.trackone.dialogue.AttendanceCapacity;
import org.trackone.dialogue.Invitations;
import org.trackone.dialogue.Meeting;
import org.trackone.dialogue.MeetingDetails;
import org.trackone.dialogue.MeetingKind;
import org.trackone.dialogue.Meetings;
import org.trackone.dialogue.RecordReader;
import org.trackone.dialogue.Records;
import org.trackone.dialogue.SessionDetails;
import org.trackone.dialogue.SessionRecordRule;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** What delegations, the secretariat and attendees do in the dialogue, in a real browser. */
@IntegrationTest
@ExtendWith(BrowserSession.ChromiumInstalled.class)
class DialogueBrowserTest {

    static BrowserSession browser;

    @LocalServerPort int port;
    @Autowired Meetings meetings;
    @Autowired Records records;
    @Autowired Invitations invitations;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void openBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private Page signedIn(String username) {
        return browser.signedIn(url(""), username);
    }

    private Meeting meeting(int year, List<SessionDetails> sessions) {
        LocalDate day = LocalDate.of(year, 10, 4);
        return meetings.schedule(new MeetingDetails("NEACD", MeetingKind.WORKSHOP, null, "Browser meeting " + year, day,
                day, "Seoul", null, null, null, null, null, sessions), "secretariat");
    }

    private void submitPerspective(String account, Meeting meeting, String language, String text, String topics) {
        Page page = signedIn(account);
        page.navigate(url("/meetings/" + meeting.id() + "/perspectives"));
        page.locator("select[name=language]").selectOption(language);
        page.locator("textarea[name=text]").fill(text);
        page.locator("textarea[name=topics]").fill(topics);
        page.locator("#submit ~ form button[type=submit]").click();
        assertThat(page.locator("p.notice.ok")).containsText("is on record");
        assertThat(page.locator("main")).containsText("version 1");
        page.context().close();
    }

    @Test
    void aDelegationSubmitsItsTwoPerspectivesAndTheSecretariatAssignsTheOverlapToAnExpert() {
        Meeting meeting = meeting(2601, List.of());
        submitPerspective("kor-foreign", meeting, "ko", "북한의 핵 개발은 가장 큰 위협이다. 핵 동결이 지켜져야 한다.",
                "핵 문제");
        submitPerspective("kor-defence", meeting, "en",
                "The nuclear freeze holds, but past nuclear activity is unexplained. Missile tests continue.", "missiles");

        Page secretariat = signedIn("secretariat");
        secretariat.navigate(url("/meetings/" + meeting.id() + "/perspectives"));
        assertThat(secretariat.locator("#status ~ table")).containsText("missing");
        secretariat.locator("a", new Page.LocatorOptions().setHasText("Overlap report")).click();
        assertThat(secretariat.locator("article.overlap[data-topic=nuclear]"))
                .containsText("The nuclear programme on the peninsula");
        assertThat(secretariat.locator("article.overlap[data-topic=nuclear]")).containsText("in 2 of 2 perspectives");
        assertThat(secretariat.locator("article.overlap[data-topic=nuclear]")).containsText("북한의 핵 개발은 가장 큰 위협이다.");
        assertThat(secretariat.locator("article.overlap[data-topic=nuclear]"))
                .containsText("The nuclear freeze holds, but past nuclear activity is unexplained.");
        secretariat.locator("select[name=topic]").selectOption("nuclear");
        secretariat.locator("input[name=expert]").fill("expert");
        secretariat.locator("button", new Page.LocatorOptions().setHasText("Assign to an expert")).click();
        assertThat(secretariat.locator("p.notice.ok")).containsText("Assigned");
        assertThat(secretariat.locator("#assignments ~ ul")).containsText("expert");
    }

    @Test
    void attendeesAmendAndFinalizeTheMinutesOfAnOffTheRecordSessionAndANonAttendeeIsRefused() {
        Meeting meeting = meeting(2602, List.of(new SessionDetails("Reassurance", LocalDate.of(2602, 10, 4),
                SessionRecordRule.OFF_THE_RECORD, List.of())));
        RecordReader secretariat = new RecordReader("secretariat", true);
        invitations.invite(meeting.id(), "expert", null, AttendanceCapacity.EXPERT, secretariat);
        invitations.invite(meeting.id(), "rus-foreign", "RUS", AttendanceCapacity.OFFICIAL_DELEGATE, secretariat);
        records.register(meeting.id(), "expert", null, AttendanceCapacity.EXPERT, "secretariat");
        records.register(meeting.id(), "rus-foreign", "RUS", AttendanceCapacity.OFFICIAL_DELEGATE, "secretariat");
        records.designateRapporteur(meeting.id(), 1, "expert", secretariat);

        Page rapporteur = signedIn("expert");
        rapporteur.navigate(url("/meetings/" + meeting.id() + "/records"));
        rapporteur.locator("textarea[name=statements]").fill("One participant urged a hotline.\n\nAnother agreed.");
        rapporteur.locator("button", new Page.LocatorOptions().setHasText("Start the record")).click();
        assertThat(rapporteur.locator("h1")).containsText("Record of session 1");
        String record = rapporteur.url();
        rapporteur.locator("button", new Page.LocatorOptions().setHasText("Open the amendment phase")).click();
        assertThat(rapporteur.locator("p.tags")).containsText("amendment phase");

        Page attendee = signedIn("rus-foreign");
        attendee.navigate(record);
        attendee.locator("textarea[name=text]").fill("Add that the hotline would join defence ministries.");
        attendee.locator("button", new Page.LocatorOptions().setHasText("Propose an amendment")).click();
        assertThat(attendee.locator("main")).containsText("Add that the hotline would join defence ministries.");

        rapporteur.navigate(record);
        rapporteur.locator("textarea[name=statements]").fill(
                "One participant urged a hotline between defence ministries.\n\nAnother agreed.");
        rapporteur.locator("button", new Page.LocatorOptions().setHasText("Save the changes")).click();
        rapporteur.locator("button", new Page.LocatorOptions().setHasText("Make the record final")).click();
        assertThat(rapporteur.locator("p.tags")).containsText("final");
        assertThat(rapporteur.locator("ol.statements")).containsText("between defence ministries");

        Page outsider = signedIn("jpn-foreign");
        outsider.navigate(record);
        assertThat(outsider.locator("main")).containsText("may not see or do this");
    }
    @Test
    void theSecretariatInvitesAndDesignatesAndTheRapporteurKeepsTheSpeakersOfASessionOnTheRecord() {
        LocalDate day = LocalDate.of(2603, 5, 6);
        Meeting meeting = meetings.schedule(new MeetingDetails("FPT", MeetingKind.SUB_COMMITTEE_SESSION, null,
                "Browser talks 2603", day, day, "Geneva", null, null, null, null, null, List.of(new SessionDetails(
                        "Opening statements", day, SessionRecordRule.ON_THE_RECORD, List.of()))), "secretariat");
        String recordsPage = url("/meetings/" + meeting.id() + "/records");

        Page secretariat = signedIn("secretariat");
        secretariat.navigate(recordsPage);
        secretariat.locator("form[action$='/invitations'] input[name=username]").fill("usa-foreign");
        secretariat.locator("form[action$='/invitations'] input[name=participant]").fill("USA");
        secretariat.locator("form[action$='/invitations'] select[name=capacity]").selectOption("OFFICIAL_DELEGATE");
        secretariat.locator("button", new Page.LocatorOptions().setHasText("Invite")).click();
        assertThat(secretariat.locator("p.notice.ok")).containsText("Invited");

        Page delegate = signedIn("usa-foreign");
        delegate.navigate(url("/meetings/invitations"));
        assertThat(delegate.locator("main")).containsText("Browser talks 2603");
        Locator invitation = delegate.locator("tr", new Page.LocatorOptions().setHasText("Browser talks 2603"));
        invitation.locator("button", new Locator.LocatorOptions().setHasText("Accept")).click();
        assertThat(delegate.locator("tr", new Page.LocatorOptions().setHasText("Browser talks 2603")))
                .containsText("accepted");

        secretariat.navigate(recordsPage);
        secretariat.locator("form[action$='/rapporteurs'] input[name=username]").fill("usa-foreign");
        secretariat.locator("button", new Page.LocatorOptions().setHasText("Designate the rapporteur")).click();
        assertThat(secretariat.locator("p.notice.ok")).containsText("designated");

        delegate.navigate(recordsPage);
        delegate.locator("input[name=speaker]").first().fill("Ambassador Kim");
        delegate.locator("input[name=affiliation]").first().fill("Republic of Korea");
        delegate.locator("textarea[name=statement]").first().fill("Peace, first, on the peninsula.");
        delegate.locator("button", new Page.LocatorOptions().setHasText("Start the record")).click();
        assertThat(delegate.locator("ol.statements")).containsText("Ambassador Kim");
        delegate.locator("textarea[name=statement]").first().fill("Peace, first, on the whole peninsula.");
        delegate.locator("button", new Page.LocatorOptions().setHasText("Save the changes")).click();
        assertThat(delegate.locator("p.tags")).containsText("version 2");
        assertThat(delegate.locator("ol.statements")).containsText("Ambassador Kim");
        assertThat(delegate.locator("ol.statements")).containsText("(Republic of Korea)");
        assertThat(delegate.locator("ol.statements")).containsText("on the whole peninsula");
        assertThat(delegate.locator("h1")).containsText("Record of session 1: Opening statements");
    }

    /** A delegate's perspective form, filled in but for its PDF. */
    private Page perspectiveForm(Meeting meeting, String text) {
        Page page = signedIn("kor-foreign");
        page.navigate(url("/meetings/" + meeting.id() + "/perspectives"));
        page.locator("select[name=language]").selectOption("en");
        page.locator("textarea[name=text]").fill(text);
        page.locator("textarea[name=topics]").fill("peace regime");
        return page;
    }

    @Test
    void aDelegateAttachesASmallPdfToItsPerspectiveAndItIsDownloadedAsSent() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            pdf = out.toByteArray();
        }
        Page page = perspectiveForm(meeting(2604, List.of()), "The armistice should give way to a peace regime.");
        page.locator("input[name=attachment]").setInputFiles(new FilePayload("peace regime.pdf", "application/pdf", pdf));
        page.locator("#submit ~ form button[type=submit]").click();
        assertThat(page.locator("p.notice.ok")).containsText("is on record");
        assertThat(page.locator("main")).containsText("PDF: peace regime.pdf");

        Download download = page.waitForDownload(() -> page.getByText("PDF: peace regime.pdf").click());
        Assertions.assertThat(download.suggestedFilename()).isEqualTo("peace regime.pdf");
        Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
        page.context().close();
    }

    @Test
    void aPdfAboveTheUploadCeilingGetsAPlainPageAndNothingIsWritten(@TempDir Path folder) throws IOException {
        Meeting meeting = meeting(2605, List.of());
        Path large = folder.resolve("large.pdf");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(32L * 1024 * 1024 + 64 * 1024); // just over the 32 MB ceiling
        }
        Page page = perspectiveForm(meeting, "A perspective with too large a paper.");
        page.locator("input[name=attachment]").setInputFiles(large);
        Response response = page.waitForResponse(r -> r.request().method().equals("POST"),
                () -> page.locator("#submit ~ form button[type=submit]").click());
        Assertions.assertThat(response.status()).isEqualTo(413);
        assertThat(page.locator("main")).containsText("larger than this server accepts (at most 32 MB)");
        Assertions.assertThat(jdbc.sql("select count(*) from dialogue_perspective where meeting_id = ?")
                .param(meeting.id()).query(Integer.class).single()).isZero();
        page.context().close();
    }
}
