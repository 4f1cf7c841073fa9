package org.trackone.framework.api;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.framework.api.ApiCalls.Answer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackone.framework.api.ApiCalls.observer;

@IntegrationTest
class ProposalsApiTest {

    @Autowired MockMvc mvc;
    ApiCalls api;

    @BeforeEach
    void calls() {
        api = new ApiCalls(mvc);
    }

    @Test
    void listsProposalsOldestFirst() {
        Answer all = api.get("/proposals?size=200", observer()).isOk();
        List<String> dates = all.items("date");
        assertThat(dates).isNotEmpty().isSortedAccordingTo(String::compareTo);
        JsonNode first = all.json().path("items").path(0);
        assertThat(first.path("date").asString()).isEqualTo("1986-07");
        assertThat(first.path("proposers").valueStream().map(JsonNode::asString).toList()).containsExactly("RUS");
        assertThat(first.path("proposedBy").asString()).isEqualTo("Mikhail Gorbachev");
        assertThat(first.path("venue").asString()).isEqualTo("Vladivostok");
        assertThat(first.path("scope").asString()).isEqualTo("ASIA");
        assertThat(first.path("title").asString()).isNotBlank();
        assertThat(first.path("summary").asString()).isNotBlank();
        assertThat(first.path("reactions").isArray()).isTrue();

        JsonNode contested = all.json().path("items").valueStream()
                .filter(p -> p.path("reactions").size() >= 5).findFirst().orElseThrow();
        JsonNode reaction = contested.path("reactions").path(0);
        assertThat(reaction.path("participant").asString()).isEqualTo("USA");
        assertThat(reaction.path("reaction").asString()).isEqualTo("AMBIVALENT");
        assertThat(reaction.path("note").asString()).isEqualTo("Initial reaction.");
    }

    @Test
    void filtersByProposerScopeAndYears() {
        Answer korea = api.get("/proposals?proposer=KOR&size=200", observer()).isOk();
        assertThat(korea.json().path("items").size()).isPositive();
        assertThat(korea.json().path("items").valueStream()
                .map(p -> p.path("proposers").valueStream().map(JsonNode::asString).toList()))
                .allSatisfy(proposers -> assertThat(proposers).contains("KOR"));

        Answer regional = api.get("/proposals?scope=REGIONAL&size=200", observer()).isOk();
        assertThat(regional.items("scope")).isNotEmpty().containsOnly("REGIONAL");

        Answer nineties = api.get("/proposals?from=1990&to=1994&size=200", observer()).isOk();
        assertThat(nineties.items("date")).isNotEmpty()
                .allSatisfy(date -> assertThat(Integer.parseInt(date.substring(0, 4))).isBetween(1990, 1994));

        Answer combined = api.get("/proposals?proposer=KOR&scope=REGIONAL&from=1988&to=1999&size=200", observer())
                .isOk();
        assertThat(combined.json().path("total").asLong()).isLessThanOrEqualTo(korea.json().path("total").asLong());
        assertThat(combined.items("scope")).containsOnly("REGIONAL");

        assertThat(api.get("/proposals?from=1999&to=1990", observer()).hasStatus(422).json()
                .path("errors").get(0).path("field").asString()).isEqualTo("to");
    }

    @Test
    void pagesThroughProposals() {
        List<String> all = api.get("/proposals?size=200", observer()).isOk().items("id");
        assertThat(all).hasSizeGreaterThan(3);
        Answer page = api.get("/proposals?page=1&size=2", observer()).isOk();
        assertThat(page.items("id")).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(page.json().path("total").asLong()).isEqualTo(all.size());
    }

    @Test
    void readsOneProposalById() {
        JsonNode listed = api.get("/proposals?size=1", observer()).isOk().json().path("items").path(0);
        long id = listed.path("id").asLong();
        JsonNode read = api.get("/proposals/" + id, observer()).isOk().json();
        assertThat(read).isEqualTo(listed);

        api.get("/proposals/999999", observer()).isProblem(404, null);
        api.get("/proposals/first", observer()).isProblem(400, "id");
    }

    @Test
    void refusesFiltersThatCannotMatchAnything() {
        api.get("/proposals?proposer=NOWHERE", observer()).isProblem(422, "proposer");
        api.get("/proposals?proposer=not%20a%20code", observer()).isProblem(422, "proposer");
        api.get("/proposals?scope=GLOBAL", observer()).isProblem(400, "scope");
        api.get("/proposals?from=nineteen", observer()).isProblem(400, "from");
        api.get("/proposals?to=1800", observer()).isProblem(422, "to");
    }
}
