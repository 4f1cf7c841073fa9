package org.trackone.framework.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trackone.IntegrationTest;
import org.trackone.framework.RecordRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Notes on the memberships of a body whose records are not public are read only by
 * insiders (secretariat, delegates, experts); observers and anonymous visitors see that
 * the change happened, not the note.
 */
@IntegrationTest
class MembershipNotesTest {

    @Autowired MockMvc mvc;

    private String offTheRecord;
    private String publicBody;
    private String note;

    @BeforeEach
    void bodiesWithNotedMemberships() throws Exception {
        offTheRecord = body(RecordRule.OFF_THE_RECORD);
        publicBody = body(RecordRule.PUBLIC);
        note = "Confidential reason " + offTheRecord;
        join(offTheRecord, note);
        join(publicBody, "Public reason " + publicBody);
    }

    @Test
    void observersAndAnonymousVisitorsDoNotReadNotesOfAnOffTheRecordBody() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/bodies/" + offTheRecord), get("/bodies/" + offTheRecord).with(user("observer").roles("OBSERVER")),
                get("/participants/CHN"), get("/participants/CHN").with(user("observer").roles("OBSERVER"))}) {
            String html = page(request);
            assertThat(html).doesNotContain(note);
        }
        String body = page(get("/bodies/" + offTheRecord));
        assertThat(body).contains("Join", "Member", "the notes on its memberships are shown only to those taking part");
    }

    @Test
    void theSecretariatAndOtherInsidersReadThem() throws Exception {
        assertThat(page(get("/bodies/" + offTheRecord).with(user("secretariat").roles("SECRETARIAT")))).contains(note);
        assertThat(page(get("/bodies/" + offTheRecord).with(user("expert").roles("EXPERT")))).contains(note);
        assertThat(page(get("/participants/CHN").with(user("kor-foreign").roles("DELEGATE")))).contains(note);
    }

    @Test
    void notesOfAPublicBodyAreReadByEveryone() throws Exception {
        assertThat(page(get("/bodies/" + publicBody))).contains("Public reason " + publicBody);
    }

    private String body(RecordRule recordRule) throws Exception {
        String code = TestCodes.next("TN");
        var form = SecretariatFormsTest.bodyForm(code, "Study group " + code, recordRule, "", "ACTIVE");
        MockHttpServletResponse response = mvc.perform(post("/bodies/new").with(SecretariatFormsTest.SECRETARIAT)
                .with(csrf()).params(form)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return code;
    }

    private void join(String body, String text) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/bodies/" + body + "/memberships")
                .with(SecretariatFormsTest.SECRETARIAT).with(csrf())
                .param("participant", "CHN").param("action", "JOIN").param("effectiveOn", "1996-03")
                .param("note", text)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
