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
import static org.trackone.framework.api.ApiCalls.code;
import static org.trackone.framework.api.ApiCalls.expert;
import static org.trackone.framework.api.ApiCalls.observer;
import static org.trackone.framework.api.ApiCalls.participant;
import static org.trackone.framework.api.ApiCalls.secretariat;

@IntegrationTest
class ParticipantsApiTest {

    @Autowired MockMvc mvc;
    ApiCalls api;

    @BeforeEach
    void calls() {
        api = new ApiCalls(mvc);
    }

    @Test
    void listsParticipantsOnPagesOfFiftyByDefault() {
        Answer all = api.get("/participants", observer()).isOk();
        assertThat(all.json().path("page").asInt()).isZero();
        assertThat(all.json().path("size").asInt()).isEqualTo(50);
        assertThat(all.json().path("total").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(all.items("code")).contains("KOR", "PRK", "USA", "CHN", "JPN", "RUS", "KEDO", "UNC");
        JsonNode korea = all.json().path("items").valueStream()
                .filter(p -> p.path("code").asString().equals("KOR")).findFirst().orElseThrow();
        assertThat(korea.path("kind").asString()).isEqualTo("STATE");
        assertThat(korea.path("name").asString()).isEqualTo("Republic of Korea");
        assertThat(korea.path("shortName").asString()).isEqualTo("South Korea");
        assertThat(korea.path("description").asString()).isNotBlank();
    }

    @Test
    void filtersByKind() {
        Answer organizations = api.get("/participants?kind=ORGANIZATION", observer()).isOk();
        assertThat(organizations.items("kind")).isNotEmpty().containsOnly("ORGANIZATION");
        assertThat(organizations.items("code")).contains("KEDO", "IGCC", "ARF", "UNC").doesNotContain("KOR");

        Answer states = api.get("/participants?kind=STATE", observer()).isOk();
        assertThat(states.items("kind")).containsOnly("STATE");
        assertThat(states.json().path("total").asLong() + organizations.json().path("total").asLong())
                .isEqualTo(api.get("/participants", observer()).json().path("total").asLong());
    }

    @Test
    void pagesThroughTheList() {
        List<String> all = api.get("/participants?size=200", observer()).isOk().items("code");
        Answer second = api.get("/participants?page=1&size=3", observer()).isOk();
        assertThat(second.json().path("page").asInt()).isEqualTo(1);
        assertThat(second.json().path("size").asInt()).isEqualTo(3);
        assertThat(second.json().path("total").asLong()).isEqualTo(all.size());
        assertThat(second.items("code")).containsExactlyElementsOf(all.subList(3, 6));

        Answer beyond = api.get("/participants?page=1000&size=10", observer()).isOk();
        assertThat(beyond.json().path("items").size()).isZero();
        assertThat(beyond.json().path("total").asLong()).isEqualTo(all.size());
    }

    @Test
    void readsOneParticipant() {
        JsonNode kedo = api.get("/participants/KEDO", observer()).isOk().json();
        assertThat(kedo.path("code").asString()).isEqualTo("KEDO");
        assertThat(kedo.path("kind").asString()).isEqualTo("ORGANIZATION");
        assertThat(kedo.path("name").asString()).isEqualTo("Korean Peninsula Energy Development Organization");

        api.get("/participants/NOWHERE", observer()).isProblem(404, null);
    }

    @Test
    void createsAParticipantAndAnswersWithItsAddress() {
        String code = code("P");
        Answer created = api.post("/participants", participant(code, "Republic of Testing"), secretariat())
                .hasStatus(201);
        assertThat(created.location()).isEqualTo("/api/v1/participants/" + code);
        assertThat(created.json().path("code").asString()).isEqualTo(code);
        assertThat(created.json().path("name").asString()).isEqualTo("Republic of Testing");

        JsonNode read = api.get("/participants/" + code, observer()).isOk().json();
        assertThat(read).isEqualTo(created.json());
        assertThat(api.get("/participants?kind=ORGANIZATION&size=200", observer()).items("code")).contains(code);
        assertThat(api.get("/participants?kind=STATE&size=200", observer()).items("code")).doesNotContain(code);
    }

    @Test
    void editsAParticipantUnderTheSameCode() {
        String code = code("P");
        api.post("/participants", participant(code, "Before"), secretariat()).hasStatus(201);

        Answer edited = api.put("/participants/" + code, ApiCalls.json("code", code, "kind", "ORGANIZATION",
                "name", "  After  ", "shortName", "After", "description", "Edited."), secretariat()).isOk();
        assertThat(edited.json().path("name").asString()).isEqualTo("After");
        assertThat(edited.json().path("shortName").asString()).isEqualTo("After");
        JsonNode read = api.get("/participants/" + code, observer()).isOk().json();
        assertThat(read.path("name").asString()).isEqualTo("After");
        assertThat(read.path("description").asString()).isEqualTo("Edited.");
    }

    @Test
    void aCodeCannotBeChangedByAnEdit() {
        String code = code("P");
        api.post("/participants", participant(code, "Fixed code"), secretariat()).hasStatus(201);

        String other = code("P");
        Answer refused = api.put("/participants/" + code, participant(other, "Renamed"), secretariat())
                .isProblem(422, "code");
        assertThat(refused.reason()).contains(code);
        assertThat(api.get("/participants/" + code, observer()).json().path("name").asString())
                .isEqualTo("Fixed code");
        api.get("/participants/" + other, observer()).isProblem(404, null);
    }

    @Test
    void editingAnUnknownParticipantIsNotFound() {
        String code = code("P");
        api.put("/participants/" + code, participant(code, "Nobody"), secretariat()).isProblem(404, null);
        api.get("/participants/" + code, observer()).isProblem(404, null);
    }

    @Test
    void listsAParticipantsMembershipsWithTheirHistory() {
        Answer memberships = api.get("/participants/PRK/memberships", expert()).isOk();
        assertThat(memberships.items("body")).contains("MAC", "NEACD", "FPT").doesNotContain("SIX-PARTY");
        assertThat(memberships.items("participant")).containsOnly("PRK");
        JsonNode armistice = memberships.json().path("items").valueStream()
                .filter(m -> m.path("body").asString().equals("MAC")).findFirst().orElseThrow();
        assertThat(armistice.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(armistice.path("takesPart").asBoolean()).isFalse();
        assertThat(armistice.path("since").asString()).isEqualTo("1994-03");
        assertThat(armistice.path("changes").valueStream().map(c -> c.path("action").asString()).toList())
                .containsExactly("JOIN", "WITHDRAW");
        assertThat(armistice.path("changes").path(1).path("note").asString()).contains("Left unilaterally");

        Answer paged = api.get("/participants/PRK/memberships?size=1&page=1", expert()).isOk();
        assertThat(paged.json().path("items").size()).isEqualTo(1);
        assertThat(paged.json().path("total").asLong()).isEqualTo(memberships.json().path("total").asLong());

        api.get("/participants/NOWHERE/memberships", expert()).isProblem(404, null);
    }

    @Test
    void observersDoNotReadNotesOnMembershipsOfBodiesWithRestrictedRecords() {
        JsonNode armistice = api.get("/participants/PRK/memberships", observer()).isOk().json().path("items")
                .valueStream().filter(m -> m.path("body").asString().equals("MAC")).findFirst().orElseThrow();
        assertThat(armistice.path("changes").size()).isEqualTo(2);
        assertThat(armistice.path("changes").valueStream().map(c -> c.has("note")).toList())
                .containsOnly(false);
    }
}
