package org.trackone.framework.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.trackone.IntegrationTest;
import org.trackone.framework.BodyDetails;
import org.trackone.framework.BodyKind;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.DecisionRule;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.Mandate;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The overview a visitor who is not signed in sees is kept per language, and never outlives a change. */
@IntegrationTest
class OverviewPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired FrameworkAdministration administration;

    @Test
    void visitorsShareAPagePerLanguageThatFollowsEveryChange() throws Exception {
        String first = page(get("/").locale(Locale.ENGLISH));
        assertThat(page(get("/").locale(Locale.ENGLISH))).isEqualTo(first);
        assertThat(page(get("/").locale(Locale.KOREAN))).isNotEqualTo(first).contains("lang=\"ko\"");

        administration.createBody(new BodyDetails("KEPT-1", "Kept page workshop", BodyKind.WORKSHOP, null, Track.TWO,
                Mandate.REGIONAL, DecisionRule.NONE, RecordRule.PUBLIC, BodyStatus.ACTIVE, null, null, null, ""),
                "secretariat");
        assertThat(first).doesNotContain("Kept page workshop");
        assertThat(page(get("/").locale(Locale.ENGLISH))).contains("Kept page workshop");
        assertThat(page(get("/").locale(Locale.KOREAN))).contains("Kept page workshop");
    }

    @Test
    void aSignedInReaderGetsAPageOfItsOwn() throws Exception {
        String anonymous = page(get("/").locale(Locale.ENGLISH));
        String signedIn = page(get("/").locale(Locale.ENGLISH)
                .with(user(accounts.loadUserByUsername("kor-defence"))));
        assertThat(signedIn).contains("kor-defence").contains("_csrf");
        assertThat(anonymous).doesNotContain("kor-defence").doesNotContain("_csrf");
        assertThat(page(get("/").locale(Locale.ENGLISH))).isEqualTo(anonymous);
    }

    private String page(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
