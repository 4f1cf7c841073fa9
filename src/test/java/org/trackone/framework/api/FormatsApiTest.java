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
import static org.trackone.framework.api.ApiCalls.format;
import static org.trackone.framework.api.ApiCalls.observer;
import static org.trackone.framework.api.ApiCalls.secretariat;

@IntegrationTest
class FormatsApiTest {

    @Autowired MockMvc mvc;
    ApiCalls api;

    @BeforeEach
    void calls() {
        api = new ApiCalls(mvc);
    }

    @Test
    void listsFormatsOnPages() {
        Answer all = api.get("/formats?size=200", observer()).isOk();
        assertThat(all.items("code")).contains("2-plus-2", "2-plus-2-plus-2", "2-plus-4", "five-party");
        Answer first = api.get("/formats?size=2", observer()).isOk();
        assertThat(first.json().path("page").asInt()).isZero();
        assertThat(first.items("code")).containsExactlyElementsOf(all.items("code").subList(0, 2));
        Answer second = api.get("/formats?page=1&size=2", observer()).isOk();
        assertThat(second.items("code")).containsExactlyElementsOf(all.items("code").subList(2, 4));
        assertThat(second.json().path("total").asLong()).isEqualTo(all.json().path("items").size());
    }

    @Test
    void readsAFormatWithItsParticipantsInOrder() {
        JsonNode format = api.get("/formats/2-plus-2", observer()).isOk().json();
        assertThat(format.path("name").asString()).isEqualTo("2+2");
        assertThat(format.path("description").asString()).contains("Four-Party Talks");
        assertThat(format.path("participants").valueStream().map(JsonNode::asString).toList())
                .containsExactly("KOR", "PRK", "USA", "CHN");
        api.get("/formats/NOWHERE", observer()).isProblem(404, null);
    }

    @Test
    void createsAndEditsAFormat() {
        String code = code("F");
        Answer created = api.post("/formats", format(code, "1+1", List.of("KOR", "PRK")), secretariat())
                .hasStatus(201);
        assertThat(created.location()).isEqualTo("/api/v1/formats/" + code);
        assertThat(created.json().path("participants").valueStream().map(JsonNode::asString).toList())
                .containsExactly("KOR", "PRK");

        Answer edited = api.put("/formats/" + code, format(code, "1+1+1", List.of("PRK", "KOR", "KEDO")),
                secretariat()).isOk();
        assertThat(edited.json().path("name").asString()).isEqualTo("1+1+1");
        JsonNode read = api.get("/formats/" + code, observer()).isOk().json();
        assertThat(read.path("participants").valueStream().map(JsonNode::asString).toList())
                .containsExactly("PRK", "KOR", "KEDO");
        assertThat(api.get("/formats?size=200", observer()).items("code")).contains(code);
    }

    @Test
    void refusesUnknownOrRepeatedParticipantsAndWritesNothing() {
        String code = code("F");
        Answer unknown = api.post("/formats", format(code, "Ghosts", List.of("KOR", "NOWHERE")), secretariat())
                .isProblem(422, "participants");
        assertThat(unknown.reason()).contains("NOWHERE");
        api.post("/formats", format(code, "Twice", List.of("KOR", "KOR")), secretariat())
                .isProblem(422, "participants");
        api.post("/formats", format(code, "Nobody", List.of()), secretariat()).isProblem(422, "participants");
        api.post("/formats", format(code, "Bad code inside", List.of("KOR", "not a code")), secretariat())
                .isProblem(422, "participants[1]");
        api.get("/formats/" + code, observer()).isProblem(404, null);

        api.put("/formats/2-plus-2", format("2-plus-2", "2+2", List.of("KOR", "NOWHERE")), secretariat())
                .isProblem(422, "participants");
        assertThat(api.get("/formats/2-plus-2", observer()).json().path("participants").size()).isEqualTo(4);
        api.put("/formats/" + code, format(code, "Missing", List.of("KOR")), secretariat()).isProblem(404, null);
    }
}
