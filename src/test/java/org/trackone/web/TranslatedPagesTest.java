package org.trackone.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages of the CSBM and dialogue modules switched by {@code ?lang=} show their own texts
 * in that language, as UTF-8: no English left where a translation exists, no unresolved
 * key, no replacement character.
 */
@IntegrationTest
class TranslatedPagesTest {

    @Autowired MockMvc mvc;
    @Autowired MessageSource messages;
    @Autowired UserDetailsService accounts;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "ko, /csbm, csbm.lead",
            "ru, /csbm, csbm.lead",
            "ko, /csbm/NEACD/rules, csbm.rules.historyLead",
            "ru, /csbm/NEACD/rules, csbm.rules.historyLead",
            "ko, /csbm/NEACD/compliance, csbm.compliance.lead",
            "ru, /csbm/NEACD/compliance, csbm.compliance.lead",
            "ko, /csbm/NEACD/hotline, csbm.hotline.lead",
            "ru, /csbm/NEACD/hotline, csbm.hotline.lead",
            "ko, /meetings, meetings.lead",
            "ru, /meetings, meetings.lead",
            "ko, /meetings/6, meeting.sessions",
            "ru, /meetings/6, meeting.sessions",
            "ko, /study-groups, studyGroups.lead",
            "ru, /study-groups, studyGroups.lead",
    })
    void showsTheModuleTextsInTheLanguageChosen(String language, String path, String key) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        String expected = messages.getMessage(key, null, locale);
        assertThat(expected).as("the %s text of %s", language, key)
                .isNotEqualTo(messages.getMessage(key, null, Locale.ENGLISH));

        MockHttpServletResponse response = mvc.perform(get(path).param("lang", language)
                        .with(user(accounts.loadUserByUsername("kor-defence"))))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("lang=\"" + language + "\"")
                .contains(expected)
                .contains(messages.getMessage("nav.csbm", null, locale))
                .contains(messages.getMessage("nav.meetings", null, locale))
                .doesNotContainPattern("\\?\\?[\\w.]+_\\w+\\?\\?")
                .doesNotContain("\uFFFD");
    }
}
