package org.trackone.dialogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.trackone.IntegrationTest;
import org.trackone.dialogue.DialogueCalls.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.trackone.dialogue.DialogueCalls.json;

/**
 * A PDF submitted with a perspective: stored with its SHA-256 and downloaded only by those
 * who may read the perspective; a file that is not a PDF (whatever its name and type) or
 * is over the size limit is refused, and nothing of the submission is written.
 */
@IntegrationTest
class PerspectiveAttachmentsTest {

    static byte[] pdf;

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Meetings meetings;
    @Autowired JdbcClient jdbc;
    DialogueCalls calls;

    @BeforeAll
    static void writePdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            pdf = out.toByteArray();
        }
    }

    @BeforeEach
    void setUp() {
        calls = new DialogueCalls(mvc, accounts);
    }

    private Meeting meeting(int year) {
        LocalDate day = LocalDate.of(year, 3, 9);
        return meetings.schedule(new MeetingDetails("FPT", MeetingKind.SUB_COMMITTEE_SESSION, null,
                "Attachments " + year, day, day, "Geneva", null, null, null, null, null, List.of()), "secretariat");
    }

    private Answer upload(Meeting meeting, String account, String text, String fileName, String type, byte[] file) {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders
                .multipart("/api/v1/meetings/" + meeting.id() + "/perspectives")
                .file(new MockMultipartFile("perspective", "", MediaType.APPLICATION_JSON_VALUE,
                        json("language", "en", "text", text, "topics", List.of()).getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("attachment", fileName, type, file));
        request.with(csrf()).accept(MediaType.APPLICATION_JSON);
        return calls.perform(request, account);
    }

    private int rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Test
    void aPdfIsStoredWithItsHashAndReadOnlyByThoseWhoReadThePerspective() throws Exception {
        Meeting meeting = meeting(2901);
        Answer submitted = upload(meeting, "kor-foreign", "The armistice should give way to a peace regime.",
                "C:\\papers\\peace regime.pdf", MediaType.APPLICATION_PDF_VALUE, pdf);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(submitted.body().path("attachment").path("sha256").asString()).isEqualTo(sha256);
        assertThat(submitted.body().path("attachment").path("fileName").asString()).isEqualTo("peace regime.pdf");
        assertThat(submitted.body().path("attachment").path("size").asInt()).isEqualTo(pdf.length);
        long id = submitted.body().path("id").asLong();
        assertThat(jdbc.sql("select encode(sha256(content), 'hex') from dialogue_perspective_attachment "
                + "where perspective_id = ?").param(id).query(String.class).single()).isEqualTo(sha256);

        String api = "/api/v1/meetings/" + meeting.id() + "/perspectives/" + id + "/attachment";
        for (String reader : List.of("secretariat", "usa-defence", "expert")) {
            var response = mvc.perform(MockMvcRequestBuilders.get(api).with(
                    org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                            accounts.loadUserByUsername(reader)))).andReturn().getResponse();
            assertThat(response.getStatus()).as(reader).isEqualTo(200);
            assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
            assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
            assertThat(response.getHeader("X-Content-SHA256")).isEqualTo(sha256);
            assertThat(response.getHeader("Content-Disposition")).contains("attachment", "peace regime.pdf");
        }
        assertThat(calls.page(api, "jpn-foreign").status()).as("not a delegation of the body").isEqualTo(403);
        assertThat(calls.page(api, "observer").status()).isEqualTo(403);
        assertThat(calls.page(api, null).status()).isEqualTo(401);
        String page = "/meetings/" + meeting.id() + "/perspectives/" + id + "/attachment";
        assertThat(calls.page(page, "chn-foreign").status()).isEqualTo(200);
        assertThat(calls.page(page, "jpn-defence").status()).isEqualTo(403);
        assertThat(calls.page(page, null).redirect()).contains("/sign-in");
        assertThat(calls.page("/meetings/" + meeting.id() + "/perspectives", "secretariat").text())
                .contains(page, "SHA-256 " + sha256);

        // A version without a PDF has none to download.
        Answer next = calls.api(org.springframework.http.HttpMethod.POST, "/api/v1/meetings/" + meeting.id()
                + "/perspectives", json("language", "en", "text", "A second version.", "topics", List.of()),
                "kor-foreign");
        assertThat(next.body().has("attachment")).isFalse();
        assertThat(calls.page("/api/v1/meetings/" + meeting.id() + "/perspectives/" + next.body().path("id").asLong()
                + "/attachment", "secretariat").status()).isEqualTo(404);
    }

    @Test
    void aDisguisedFileNameIsStoredAsAPdfName() {
        Meeting meeting = meeting(2903);
        Answer submitted = upload(meeting, "kor-defence", "Maritime safety comes first.",
                "report\u202Efdp.html", MediaType.APPLICATION_PDF_VALUE, pdf);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        assertThat(submitted.body().path("attachment").path("fileName").asString()).isEqualTo("reportfdp.html.pdf");
    }

    @Test
    void aFileThatIsNotAPdfOrIsTooLargeIsRefusedAndNothingIsWritten() {
        Meeting meeting = meeting(2902);
        int perspectives = rows("dialogue_perspective");
        int attachments = rows("dialogue_perspective_attachment");

        Answer text = upload(meeting, "kor-foreign", "Text.", "perspective.pdf", MediaType.APPLICATION_PDF_VALUE,
                "%PDF-1.7 this is only text".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(422);
        assertThat(text.firstErrorField()).isEqualTo("attachment");
        assertThat(text.body().path("errors").path(0).path("reason").asString()).startsWith("must be a PDF document");
        Answer empty = upload(meeting, "kor-foreign", "Text.", "empty.pdf", MediaType.APPLICATION_PDF_VALUE,
                new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.firstErrorField()).isEqualTo("attachment");
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        Answer tooLarge = upload(meeting, "kor-foreign", "Text.", "large.pdf", MediaType.APPLICATION_PDF_VALUE, large);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.firstErrorField()).isEqualTo("attachment");
        assertThat(tooLarge.body().path("errors").path(0).path("reason").asString()).isEqualTo("must be at most 10 MB");
        Answer badJson = calls.perform(MockMvcRequestBuilders.multipart("/api/v1/meetings/" + meeting.id()
                + "/perspectives").file(new MockMultipartFile("perspective", "", MediaType.APPLICATION_JSON_VALUE,
                        "{\"text\":".getBytes(StandardCharsets.UTF_8))).with(csrf())
                .accept(MediaType.APPLICATION_JSON), "kor-foreign");
        assertThat(badJson.status()).isEqualTo(400);
        Answer noPerspective = calls.perform(MockMvcRequestBuilders.multipart("/api/v1/meetings/" + meeting.id()
                + "/perspectives").file(new MockMultipartFile("attachment", "a.pdf", MediaType.APPLICATION_PDF_VALUE,
                        pdf)).with(csrf()).accept(MediaType.APPLICATION_JSON), "kor-foreign");
        assertThat(noPerspective.status()).isEqualTo(400);
        assertThat(noPerspective.firstErrorField()).isEqualTo("perspective");
        Answer blankText = upload(meeting, "kor-foreign", " ", "perspective.pdf", MediaType.APPLICATION_PDF_VALUE, pdf);
        assertThat(blankText.status()).isEqualTo(422);
        assertThat(blankText.firstErrorField()).isEqualTo("text");
        assertThat(upload(meeting, "expert", "Text.", "perspective.pdf", MediaType.APPLICATION_PDF_VALUE, pdf).status())
                .isEqualTo(403);

        MockMultipartHttpServletRequestBuilder form = MockMvcRequestBuilders
                .multipart("/meetings/" + meeting.id() + "/perspectives");
        form.file(new MockMultipartFile("attachment", "notes.pdf", MediaType.APPLICATION_PDF_VALUE,
                "not a pdf".getBytes(StandardCharsets.UTF_8))).param("language", "en").param("text", "Text.")
                .param("topics", "").with(csrf());
        Answer page = calls.perform(form, "kor-defence");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("must be a PDF document that can be opened");
        assertThat(rows("dialogue_perspective")).isEqualTo(perspectives);
        assertThat(rows("dialogue_perspective_attachment")).isEqualTo(attachments);

        MockMultipartHttpServletRequestBuilder good = MockMvcRequestBuilders
                .multipart("/meetings/" + meeting.id() + "/perspectives");
        good.file(new MockMultipartFile("attachment", "defence.pdf", MediaType.APPLICATION_PDF_VALUE, pdf))
                .param("language", "en").param("text", "The defence view.").param("topics", "").with(csrf());
        assertThat(calls.perform(good, "kor-defence").status()).isEqualTo(302);
        assertThat(rows("dialogue_perspective_attachment")).isEqualTo(attachments + 1);
    }
}
