package org.trackone.framework.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.trackone.IntegrationTest;
import org.trackone.framework.Body;
import org.trackone.framework.BodyKind;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Membership;
import org.trackone.framework.MembershipAction;
import org.trackone.framework.Participant;
import org.trackone.framework.ParticipantKind;
import org.trackone.framework.Reader;
import org.trackone.framework.RecordRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The secretariat's forms: what they save, what they refuse (422, the reason next to the
 * field, nothing written), and who may not use them at all. Everything changed here is
 * created here first, under codes of its own.
 */
@IntegrationTest
class SecretariatFormsTest {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor DELEGATE = user("kor-foreign").roles("DELEGATE");

    @Autowired MockMvc mvc;
    @Autowired FrameworkDirectory directory;

    @Test
    void formsShowForTheSecretariat() throws Exception {
        for (String path : List.of("/participants/new", "/formats/new", "/bodies/new", "/participants/KOR/edit",
                "/formats/2-plus-2/edit", "/bodies/NEACD/edit")) {
            MockHttpServletResponse response = mvc.perform(get(path).with(SECRETARIAT)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(text(response)).as(path).contains("<form", "name=\"_csrf\"", "name=\"code\"");
        }
        String edit = text(mvc.perform(get("/bodies/NEACD/edit").with(SECRETARIAT)).andReturn().getResponse());
        assertThat(edit).contains("value=\"NEACD\"", "readonly", "value=\"Northeast Asia Cooperation Dialogue\"",
                "value=\"1993-11\"");
    }

    @Test
    void secretariatCreatesAParticipant() throws Exception {
        String code = TestCodes.next("TP");
        MvcResult result = mvc.perform(post("/participants/new").with(SECRETARIAT).with(csrf())
                .param("code", code).param("kind", "ORGANIZATION").param("name", "Test Institute for Peace")
                .param("shortName", "TIP").param("description", "A research institute.")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/participants/" + code);
        assertThat(result.getFlashMap().get("notice")).isEqualTo("participant.created");

        Participant participant = directory.participant(code);
        assertThat(participant.kind()).isEqualTo(ParticipantKind.ORGANIZATION);
        assertThat(participant.shortName()).isEqualTo("TIP");
        String page = page(get("/participants/" + code).with(SECRETARIAT).flashAttrs(result.getFlashMap()));
        assertThat(page).contains("Test Institute for Peace", "The participant Test Institute for Peace has been created.",
                "Revisions", "created");
    }

    @Test
    void secretariatCreatesAFormat() throws Exception {
        String code = TestCodes.next("TF");
        MvcResult result = mvc.perform(post("/formats/new").with(SECRETARIAT).with(csrf())
                .param("code", code).param("name", "1+1").param("description", "The two Koreas alone.")
                .param("participants", "KOR", "PRK")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/formats/" + code);
        assertThat(directory.format(code).participants()).extracting(p -> p.value()).containsExactly("KOR", "PRK");
        assertThat(page(get("/formats/" + code))).contains("1+1", "Republic of Korea",
                "Democratic People&#39;s Republic of Korea");
    }

    @Test
    void formatWithoutParticipantsIsRefused() throws Exception {
        String code = TestCodes.next("TF");
        MockHttpServletResponse response = mvc.perform(post("/formats/new").with(SECRETARIAT).with(csrf())
                .param("code", code).param("name", "Empty table")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(text(response)).contains("choose at least one participant", "value=\"Empty table\"");
        assertThat(directory.findFormat(code)).isEmpty();
    }

    @Test
    void secretariatCreatesABodyUnderAParent() throws Exception {
        String code = createBody(RecordRule.PUBLIC, "NEACD");
        Body body = directory.body(code);
        assertThat(body.parentCode()).isEqualTo("NEACD");
        assertThat(body.kind()).isEqualTo(BodyKind.WORKSHOP);
        assertThat(body.convenedOn()).hasToString("1995-06");
        assertThat(page(get("/bodies/NEACD"))).contains("href=\"/bodies/" + code + "\"");
        assertThat(page(get("/"))).contains("href=\"/bodies/" + code + "\"");
    }

    @Test
    void editingABodyKeepsTheEarlierVersionAsARevision() throws Exception {
        String code = createBody(RecordRule.PUBLIC, null);
        MvcResult result = mvc.perform(post("/bodies/" + code + "/edit").with(SECRETARIAT).with(csrf())
                .params(bodyForm("IGNORED-CODE", "Workshop on Maritime Transport", RecordRule.RESTRICTED, "",
                        "ADJOURNED"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/bodies/" + code);
        assertThat(result.getFlashMap().get("notice")).isEqualTo("body.saved");

        // The code is fixed: the path decides which body is edited.
        assertThat(directory.findBody("IGNORED-CODE")).isEmpty();
        Body body = directory.body(code);
        assertThat(body.name()).isEqualTo("Workshop on Maritime Transport");
        assertThat(directory.revisions("BODY", code)).hasSize(2);

        String page = page(get("/bodies/" + code).with(SECRETARIAT));
        String revisions = page.substring(page.indexOf("id=\"revisions-title\""));
        assertThat(revisions).contains("Workshop on Energy", "Workshop on Maritime Transport", "RESTRICTED", "PUBLIC",
                "by secretariat");
        // Others do not see the revisions.
        assertThat(page(get("/bodies/" + code))).doesNotContain("id=\"revisions-title\"");
    }

    @Test
    void secretariatChangesAMembershipAndItAppearsInTheHistory() throws Exception {
        String code = createBody(RecordRule.PUBLIC, null);
        MvcResult result = mvc.perform(post("/bodies/" + code + "/memberships").with(SECRETARIAT).with(csrf())
                .param("participant", "JPN").param("action", "JOIN").param("effectiveOn", "1995-06-12")
                .param("note", "Joined at the first session.")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/bodies/" + code + "#history");
        assertThat(result.getFlashMap().get("notice")).isEqualTo("membership.changeRecorded");

        mvc.perform(post("/bodies/" + code + "/memberships").with(SECRETARIAT).with(csrf())
                .param("participant", "JPN").param("action", "SUSPEND").param("effectiveOn", "1996")
                .param("note", "Suspended for a year.")).andReturn();

        Membership membership = directory.membershipsOfBody(code, Reader.INSIDER).getFirst();
        assertThat(membership.changes()).extracting(c -> c.action())
                .containsExactly(MembershipAction.JOIN, MembershipAction.SUSPEND);
        String page = page(get("/bodies/" + code).flashAttrs(result.getFlashMap()));
        assertThat(page).contains("Recorded the membership change of Japan.");
        String history = page.substring(page.indexOf("id=\"history\""));
        assertThat(history).contains("Joined at the first session.", "Suspended for a year.", "Join", "Suspend",
                "Suspended");
        assertThat(history.indexOf("Joined at the first session.")).isLessThan(history.indexOf("Suspended for a year."));
    }

    @Test
    void membershipChangeAgainstTheRulesIsShownNextToTheField() throws Exception {
        String code = createBody(RecordRule.PUBLIC, null);
        MockHttpServletResponse response = mvc.perform(post("/bodies/" + code + "/memberships").with(SECRETARIAT)
                .with(csrf()).param("participant", "RUS").param("action", "WITHDRAW").param("effectiveOn", "1995")
                .param("note", "Too early.")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(text(response)).contains("Withdraw cannot be the first change of a membership",
                "<option value=\"RUS\" selected=\"selected\">", "value=\"1995\"", "Too early.");
        assertThat(directory.membershipsOfBody(code, Reader.INSIDER)).isEmpty();

        response = mvc.perform(post("/bodies/" + code + "/memberships").with(SECRETARIAT).with(csrf())
                .param("participant", "RUS").param("action", "JOIN").param("effectiveOn", "1995-13-01"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(text(response)).contains("must be a date written YYYY, YYYY-MM or YYYY-MM-DD", "value=\"1995-13-01\"");
        assertThat(directory.membershipsOfBody(code, Reader.INSIDER)).isEmpty();
    }

    @Test
    void invalidFormInputIsRefusedWith422AndWritesNothing() throws Exception {
        String code = TestCodes.next("TP");
        MockHttpServletResponse response = mvc.perform(post("/participants/new").with(SECRETARIAT).with(csrf())
                .param("code", code).param("kind", "STATE").param("name", "  ").param("shortName", "Nowhere"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        String html = text(response);
        assertThat(html).contains("Nothing has been saved", "must not be blank", "value=\"Nowhere\"");
        assertThat(html.indexOf("must not be blank")).isGreaterThan(html.indexOf("name=\"name\""));
        assertThat(directory.findParticipant(code)).isEmpty();

        String bodyCode = TestCodes.next("TB");
        response = mvc.perform(post("/bodies/new").with(SECRETARIAT).with(csrf())
                .params(bodyForm(bodyCode, "Body with a missing parent", RecordRule.PUBLIC, "NO-SUCH-PARENT", "ACTIVE")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(text(response)).contains("NO-SUCH-PARENT does not exist");
        assertThat(directory.findBody(bodyCode)).isEmpty();

        MultiValueMap<String, String> badCodeAndDate = bodyForm("bad code!", "Bad", RecordRule.PUBLIC, "", "ACTIVE");
        badCodeAndDate.set("convenedOn", "someday");
        response = mvc.perform(post("/bodies/new").with(SECRETARIAT).with(csrf()).params(badCodeAndDate))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(text(response)).contains("must be 2 to 32 letters, digits or hyphens",
                "must be a date written YYYY, YYYY-MM or YYYY-MM-DD", "value=\"someday\"");
    }

    @Test
    void takenCodeIsRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/participants/new").with(SECRETARIAT).with(csrf())
                .param("code", "KOR").param("kind", "STATE").param("name", "Another Korea").param("shortName", "AK"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(text(response)).contains("the code KOR is already in use");
        assertThat(directory.participant("KOR").name()).isEqualTo("Republic of Korea");
    }

    @Test
    void theCodeNewIsReservedForTheCreationPages() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/formats/new").with(SECRETARIAT).with(csrf())
                .param("code", "new").param("name", "New").param("participants", "KOR")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(text(response)).contains("the code new is reserved");
        assertThat(directory.findFormat("new")).isEmpty();
    }

    @Test
    void markupTypedIntoANameComesBackEscaped() throws Exception {
        String code = TestCodes.next("TP");
        mvc.perform(post("/participants/new").with(SECRETARIAT).with(csrf()).param("code", code)
                .param("kind", "STATE").param("name", "<script>alert('x')</script>").param("shortName", "<b>bold</b>"))
                .andReturn();
        for (String path : List.of("/participants/" + code, "/participants")) {
            String html = page(get(path));
            assertThat(html).as(path).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                    .doesNotContain("<script>alert(");
        }
        assertThat(page(get("/participants/" + code))).contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold");
    }

    @Test
    void delegateMayNotChangeAMembership() throws Exception {
        String code = createBody(RecordRule.PUBLIC, null);
        MockHttpServletResponse response = mvc.perform(post("/bodies/" + code + "/memberships").with(DELEGATE)
                .with(csrf()).param("participant", "KOR").param("action", "JOIN").param("effectiveOn", "1995"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(directory.membershipsOfBody(code, Reader.INSIDER)).isEmpty();

        assertThat(mvc.perform(get("/bodies/new").with(DELEGATE)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/participants/new").with(DELEGATE).with(csrf()).param("code", TestCodes.next("TP"))
                .param("kind", "STATE").param("name", "X").param("shortName", "X")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        // Nor does a delegate see the secretariat's tools.
        assertThat(page(get("/bodies/" + code).with(DELEGATE))).doesNotContain("Record a membership change",
                "id=\"revisions-title\"");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String path : List.of("/bodies/new", "/participants/new", "/formats/new", "/bodies/NEACD/edit")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(path).endsWith("/sign-in");
        }
        MockHttpServletResponse response = mvc.perform(post("/bodies/NEACD/memberships").with(csrf())
                .param("participant", "PRK").param("action", "JOIN").param("effectiveOn", "2000")).andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
    }

    /** Creates a track-two workshop through the form and returns its code. */
    String createBody(RecordRule recordRule, String parent) throws Exception {
        String code = TestCodes.next("TB");
        MvcResult result = mvc.perform(post("/bodies/new").with(SECRETARIAT).with(csrf())
                .params(bodyForm(code, "Workshop on Energy", recordRule, parent == null ? "" : parent, "ACTIVE")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(text(result.getResponse())).isEqualTo(302);
        return code;
    }

    /** The fields of the body form, as a browser sends them. */
    static MultiValueMap<String, String> bodyForm(String code, String name, RecordRule recordRule, String parent,
            String status) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        Map.of("code", code, "name", name, "kind", "WORKSHOP", "parent", parent, "track", "TWO",
                "mandate", "REGIONAL", "decisionRule", "NONE", "recordRule", recordRule.name(), "status", status,
                "convenedOn", "1995-06").forEach(form::add);
        form.add("description", "Energy cooperation in the region.");
        form.add("format", "");
        form.add("host", "");
        return form;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(text(response)).isEqualTo(200);
        return text(response);
    }

    static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
