package org.trackone.framework.web;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trackone.IntegrationTest;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.FrameworkDirectory.ProposalFilter;
import org.trackone.framework.ParticipantCode;
import org.trackone.framework.Proposal;
import org.trackone.framework.ProposalScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The framework's reading pages, as anyone sees them, against the demonstration data. */
@IntegrationTest
class FrameworkReadingPagesTest {

    @Autowired MockMvc mvc;
    @Autowired FrameworkDirectory directory;

    @Test
    void overviewShowsTheBodiesAsATreeWithTheirMembers() throws Exception {
        String html = page(get("/"));
        assertThat(html).contains("Northeast Asia Cooperation Dialogue", "Four-Party Talks",
                "Military Armistice Commission", "Six-Party Forum for Northeast Asia");
        // Children sit inside their parent's list item, after it.
        int talks = html.indexOf("Four-Party Talks");
        int subCommittee = html.indexOf("Sub-Committee on Tension Reduction");
        int sixParty = html.indexOf("Six-Party Forum for Northeast Asia");
        assertThat(talks).isLessThan(subCommittee);
        assertThat(subCommittee).isLessThan(sixParty);
        assertThat(html).contains("href=\"/bodies/NEACD\"", "href=\"/participants/KOR\"", "href=\"/formats/five-party\"");
        assertThat(html).contains("Track two", "Off the record", "Regional security", "Dual mission", "November 1993",
                "not convened");
        // The legend explains the tracks and record rules.
        assertThat(html).contains("How to read this", "Official talks between governments");
    }

    @Test
    void bodyPageShowsFactsMembersAndTheWholeHistory() throws Exception {
        String html = page(get("/bodies/MAC"));
        assertThat(html).contains("Military Armistice Commission", "July 1953", "Commission", "Adjourned");
        assertThat(html).contains("Membership history", "Withdraw", "Withdrawn", "March 1994", "December 1994");
        // Who recorded each change is for insiders: account names help password guessing.
        assertThat(html).doesNotContain("demonstration data");
        // No secretariat tools for the public.
        assertThat(html).doesNotContain("Record a membership change", "/bodies/MAC/edit", "Revisions");
    }

    @Test
    void bodyPageLinksParentAndChildren() throws Exception {
        String parent = page(get("/bodies/FPT"));
        assertThat(parent).contains("href=\"/bodies/FPT-PEACE\"", "href=\"/bodies/FPT-TENSION\"", "href=\"/formats/2-plus-2\"");
        String child = page(get("/bodies/FPT-TENSION"));
        assertThat(child).contains("href=\"/bodies/FPT\"", "Sub-Committee on Tension Reduction");
    }

    @Test
    void unknownCodesAnswer404() throws Exception {
        assertThat(mvc.perform(get("/bodies/NO-SUCH-BODY")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/participants/NOBODY")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/formats/no-format")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void participantsAreListed() throws Exception {
        String html = page(get("/participants"));
        assertThat(html).contains("Republic of Korea", "Democratic People&#39;s Republic of Korea",
                "Korean Peninsula Energy Development Organization", "href=\"/participants/PRK\"");
    }

    @Test
    void northKoreasPageShowsItsWithdrawalFromTheArmisticeCommission() throws Exception {
        String html = page(get("/participants/PRK"));
        assertThat(html).contains("Memberships over time", "Military Armistice Commission");
        String armistice = html.substring(html.indexOf("Military Armistice Commission"));
        armistice = armistice.substring(0, armistice.indexOf("</article>"));
        assertThat(armistice).contains("Withdraw", "Withdrawn", "March 1994", "July 1953", "Join");
        assertThat(html).contains("Northeast Asia Cooperation Dialogue", "Decline", "Declined");
    }

    @Test
    void participantPageShowsItsProposalsAndItsReactionsToOthers() throws Exception {
        String korea = page(get("/participants/KOR"));
        assertThat(korea).contains("Proposals it made", "Consultative Conference for Peace in Northeast Asia",
                "Northeast Asia Security Dialogue (NEASED)");
        // South Korea opposed the US "two plus four" of 1991.
        String reactions = korea.substring(korea.indexOf("id=\"reactions\""));
        assertThat(reactions).contains("Two plus four", "Opposed");

        String unitedStates = page(get("/participants/USA"));
        String usReactions = unitedStates.substring(unitedStates.indexOf("id=\"reactions\""));
        assertThat(usReactions).contains("Consultative Conference for Peace in Northeast Asia", "Ambivalent", "Opposed",
                "Raising the NEACD to government level");
    }

    @Test
    void formatsListAndFormatPageShowParticipantsAndBodies() throws Exception {
        String list = page(get("/formats"));
        assertThat(list).contains("2+2", "2+2+2", "2+4", "Five-party");
        String format = page(get("/formats/2-plus-2"));
        assertThat(format).contains("Four-Party Talks", "Sub-Committee on the Establishment of a Peace Regime",
                "Republic of Korea", "href=\"/participants/PRK\"", "href=\"/participants/CHN\"");
        assertThat(format).doesNotContain("Northeast Asia Cooperation Dialogue");
    }

    @Test
    void timelineGroupsEveryProposalByYearWithEveryStatesReaction() throws Exception {
        String html = page(get("/proposals"));
        List<Proposal> all = directory.proposals(ProposalFilter.ALL);
        assertThat(count(html, "class=\"proposal\"")).isEqualTo(all.size());
        assertThat(html).contains("<h2 class=\"year\" id=\"year-1986\">1986</h2>",
                "<h2 class=\"year\" id=\"year-1998\">1998</h2>");
        assertThat(html).contains("Supported", "Ambivalent", "Opposed", "Silent", "no recorded reaction");
        // A proposal made over a span of time shows when it ended.
        assertThat(html).contains("until October 1993");
        // The filter form works without JavaScript and with htmx.
        assertThat(html).contains("method=\"get\"", "action=\"/proposals\"", "hx-get=\"/proposals\"",
                "hx-target=\"#timeline\"");
    }

    @Test
    void timelineFilteredByProposerShowsOnlyThatProposersProposals() throws Exception {
        String html = page(get("/proposals").param("proposer", "KOR"));
        List<Proposal> korean = directory.proposals(new ProposalFilter(new ParticipantCode("KOR"), null, null, null));
        assertThat(korean).isNotEmpty();
        assertThat(count(html, "class=\"proposal\"")).isEqualTo(korean.size());
        Set<String> koreanTitles = new HashSet<>(korean.stream().map(Proposal::title).toList());
        for (Proposal proposal : directory.proposals(ProposalFilter.ALL)) {
            String title = ">" + escape(proposal.title()) + "</h3>";
            if (koreanTitles.contains(proposal.title())) {
                assertThat(html).contains(title);
            } else {
                assertThat(html).doesNotContain(title);
            }
        }
        assertThat(html).contains("<option value=\"KOR\" selected=\"selected\">");
    }

    @Test
    void timelineFilteredByScope() throws Exception {
        String html = page(get("/proposals").param("scope", "ASIA").param("proposer", ""));
        assertThat(count(html, "class=\"proposal\""))
                .isEqualTo(directory.proposals(new ProposalFilter(null, ProposalScope.ASIA,
                        null, null)).size());
        assertThat(html).contains("Asian version of the Helsinki conference").doesNotContain("Two plus four");
    }

    @Test
    void htmxRequestGetsTheTimelineFragmentOnly() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/proposals").param("proposer", "JPN")
                .header("HX-Request", "true")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaders("Vary")).contains("HX-Request");
        String fragment = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment.strip()).startsWith("<div id=\"timeline\"");
        assertThat(fragment).doesNotContain("<html", "<header", "<form", "<footer");
        assertThat(fragment).contains("Six-party framework", "Regional security organization")
                .doesNotContain("Two plus four");
    }

    @Test
    void invalidFiltersAnswer400() throws Exception {
        assertThat(mvc.perform(get("/proposals").param("scope", "GLOBAL")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(get("/proposals").param("proposer", "not a code!")).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/proposals").param("proposer", "ZZZ")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void pagesSpeakTheChosenLanguage() throws Exception {
        assertThat(page(get("/").param("lang", "ko"))).contains("협력체", "트랙 2");
        assertThat(page(get("/").param("lang", "ru"))).contains("Второй трек");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
