package org.trackone.framework.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.framework.api.ApiCalls.Answer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.trackone.framework.api.ApiCalls.body;
import static org.trackone.framework.api.ApiCalls.change;
import static org.trackone.framework.api.ApiCalls.code;
import static org.trackone.framework.api.ApiCalls.delegate;
import static org.trackone.framework.api.ApiCalls.json;
import static org.trackone.framework.api.ApiCalls.observer;
import static org.trackone.framework.api.ApiCalls.participant;
import static org.trackone.framework.api.ApiCalls.secretariat;

/**
 * Bad input gets a problem naming the field and the reason: 400 when it cannot be read
 * (not JSON, a wrong type, an unknown enum name, a date that is not a date), 422 when it
 * is read but invalid or breaks a rule. Either way nothing is written.
 */
@IntegrationTest
class ApiBadInputTest {

    @Autowired MockMvc mvc;
    ApiCalls api;

    @BeforeEach
    void calls() {
        api = new ApiCalls(mvc);
    }

    @Test
    void malformedJsonIsUnreadable() {
        String code = code("X");
        Answer answer = api.post("/participants", "{\"code\": \"" + code + "\", \"kind\": \"STATE\", \"name\": ",
                secretariat()).isProblem(400, null);
        assertThat(answer.json().path("detail").asString()).contains("not valid JSON");
        api.post("/participants", "", secretariat()).isProblem(400, null);
        api.post("/participants", "[]", secretariat()).isProblem(400, null);
        assertNothingAt("/participants/" + code);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        String code = code("X");
        api.perform(post(ApiCalls.BASE + "/participants").with(secretariat()).with(csrf())
                .contentType(MediaType.TEXT_PLAIN).content("code=" + code)).isProblem(415, null);
        assertNothingAt("/participants/" + code);
    }

    @Test
    void wrongTypesAreUnreadable() {
        String code = code("X");
        Answer number = api.post("/participants", json("code", code, "kind", "STATE", "name", 42,
                "shortName", "Forty-two"), secretariat()).isProblem(400, "name");
        assertThat(number.reason()).contains("string");
        api.post("/participants", json("code", code, "kind", "STATE", "name", "Forty-two",
                "shortName", true), secretariat()).isProblem(400, "shortName");
        api.post("/participants", json("code", code, "kind", 0, "name", "Zero", "shortName", "Zero"), secretariat())
                .isProblem(400, "kind");
        api.post("/formats", json("code", code, "name", "Not a list", "participants", "KOR"), secretariat())
                .isProblem(400, "participants");
        assertNothingAt("/participants/" + code);
        assertNothingAt("/formats/" + code);

        api.get("/participants?page=first", observer()).isProblem(400, "page");
        api.get("/bodies?size=many", observer()).isProblem(400, "size");
    }

    @Test
    void pageAndSizeOutOfRangeAreInvalid() {
        api.get("/participants?page=-1", observer()).isProblem(422, "page");
        api.get("/participants?size=0", observer()).isProblem(422, "size");
        Answer tooMany = api.get("/formats?size=201", observer()).isProblem(422, "size");
        assertThat(tooMany.reason()).contains("200");
        api.get("/participants?size=200", observer()).isOk();
    }

    @Test
    void oversizedAndMissingValuesAreInvalid() {
        String code = code("X");
        Answer tooLong = api.post("/participants", participant(code, "N".repeat(201)), secretariat())
                .isProblem(422, "name");
        assertThat(tooLong.reason()).contains("200");
        api.post("/participants", participant(code, "N".repeat(200)).replace(code, "C".repeat(33)), secretariat())
                .isProblem(422, "code");
        api.post("/participants", json("code", code, "kind", "STATE", "name", "  ", "shortName", "Blank"),
                secretariat()).isProblem(422, "name");
        api.post("/participants", json("code", code, "name", "No kind", "shortName", "No kind"), secretariat())
                .isProblem(422, "kind");
        api.post("/participants", participant("-" + code, "Bad code"), secretariat()).isProblem(422, "code");
        Answer several = api.post("/participants", json("code", code, "kind", "STATE", "name", "N".repeat(201),
                "shortName", ""), secretariat()).isProblem(422, "name");
        assertThat(several.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .containsExactly("name", "shortName");
        api.get("/participants?page=-1&size=0", observer()).isProblem(422, "page");
        api.post("/bodies", body(code, "B".repeat(201), null), secretariat()).isProblem(422, "name");
        api.post("/formats", json("code", code, "name", "F".repeat(101), "participants", java.util.List.of("KOR")),
                secretariat()).isProblem(422, "name");
        assertNothingAt("/participants/" + code);
        assertNothingAt("/bodies/" + code);
        assertNothingAt("/formats/" + code);
        api.get("/participants/" + code + "/memberships", observer()).isProblem(404, null);
    }

    @Test
    void unknownEnumNamesAreUnreadable() {
        String body = code("X");
        Answer track = api.post("/bodies", body(body, "Third track", null).replace("\"TWO\"", "\"THREE\""),
                secretariat()).isProblem(400, "track");
        assertThat(track.reason()).contains("THREE").contains("ONE").contains("TWO");
        assertNothingAt("/bodies/" + body);

        Answer action = api.post("/bodies/MAC/memberships", change("UNC", "LEAVE", "1999", null), secretariat())
                .isProblem(400, "action");
        assertThat(action.reason()).contains("LEAVE").contains("WITHDRAW");
        api.get("/bodies?track=THREE", observer()).isProblem(400, "track");
        api.get("/participants?kind=PERSON", observer()).isProblem(400, "kind");
        assertHistoryLength("MAC", "UNC", 1);
    }

    @Test
    void datesThatAreNotDatesAreUnreadable() {
        String body = code("X");
        api.post("/bodies", body(body, "Thirteenth month", null).replace("1996-05", "1993-13"), secretariat())
                .isProblem(400, "convenedOn");
        assertNothingAt("/bodies/" + body);

        Answer month = api.post("/bodies/MAC/memberships", change("UNC", "WITHDRAW", "1993-13", null), secretariat())
                .isProblem(400, "effectiveOn");
        assertThat(month.reason()).contains("YYYY-MM");
        api.post("/bodies/MAC/memberships", change("UNC", "WITHDRAW", "1994-02-30", null), secretariat())
                .isProblem(400, "effectiveOn");
        api.post("/bodies/MAC/memberships", change("UNC", "WITHDRAW", "yesterday", null), secretariat())
                .isProblem(400, "effectiveOn");
        api.post("/bodies/MAC/memberships", change("UNC", "WITHDRAW", "1850", null), secretariat())
                .isProblem(400, "effectiveOn");
        api.post("/bodies/MAC/memberships", change("UNC", "WITHDRAW", null, null), secretariat())
                .isProblem(422, "effectiveOn");
        assertHistoryLength("MAC", "UNC", 1);
    }

    @Test
    void aMembershipChangeCannotPrecedeTheLatestOne() {
        String body = code("X");
        api.post("/bodies", body(body, "Dated workshop", null), secretariat()).hasStatus(201);
        api.post("/bodies/" + body + "/memberships", change("PRK", "JOIN", "1993-07", null), secretariat())
                .hasStatus(201);
        api.post("/bodies/" + body + "/memberships", change("PRK", "WITHDRAW", "1994-12", null), secretariat())
                .hasStatus(201);

        Answer early = api.post("/bodies/" + body + "/memberships", change("PRK", "JOIN", "1994-11-30", null),
                secretariat()).isProblem(422, "effectiveOn");
        assertThat(early.reason()).contains("1994-12");
        api.post("/bodies/MAC/memberships", change("CHN", "JOIN", "1994-11", null), secretariat())
                .isProblem(422, "effectiveOn");
        assertHistoryLength(body, "PRK", 2);
        assertHistoryLength("MAC", "CHN", 2);

        api.post("/bodies/" + body + "/memberships", change("PRK", "JOIN", "1994-12", "Same month."), secretariat())
                .hasStatus(201);
        assertHistoryLength(body, "PRK", 3);
    }

    @Test
    void unknownParticipantCodesBreakARule() {
        String body = code("X");
        Answer unknown = api.post("/bodies/MAC/memberships", change("NOWHERE", "JOIN", "1999", null), secretariat())
                .isProblem(422, "participant");
        assertThat(unknown.reason()).contains("NOWHERE");
        api.post("/bodies/MAC/memberships", change("not a code", "JOIN", "1999", null), secretariat())
                .isProblem(422, "participant");
        api.post("/bodies", body(body, "Unknown host", null).replace("IGCC", "NOWHERE"), secretariat())
                .isProblem(422, "host");
        api.post("/bodies", body(body, "Unknown parent", "NOWHERE"), secretariat()).isProblem(422, "parent");
        api.post("/bodies", body(body, "Unknown format", null).replace("five-party", "nine-party"), secretariat())
                .isProblem(422, "format");
        assertNothingAt("/bodies/" + body);
        assertNothingAt("/bodies/MAC/memberships/NOWHERE");
    }

    @Test
    void aDuplicateCodeBreaksARule() {
        Answer participant = api.post("/participants", participant("KOR", "Another Korea"), secretariat())
                .isProblem(422, "code");
        assertThat(participant.reason()).contains("KOR");
        assertThat(api.get("/participants/KOR", observer()).json().path("name").asString())
                .isEqualTo("Republic of Korea");
        api.post("/bodies", body("NEACD", "Another dialogue", null), secretariat()).isProblem(422, "code");
        assertThat(api.get("/bodies/NEACD", observer()).json().path("kind").asString()).isEqualTo("DIALOGUE");
        api.post("/formats", ApiCalls.format("2-plus-2", "Another 2+2", java.util.List.of("KOR")), secretariat())
                .isProblem(422, "code");
        assertThat(api.get("/formats/2-plus-2", observer()).json().path("name").asString()).isEqualTo("2+2");
    }

    @Test
    void markupInANameIsStoredAndReturnedAsTheSameStringAndEscapedOnThePage() throws Exception {
        String code = code("X");
        String name = "<script>alert(1)</script>";
        Answer created = api.post("/participants", participant(code, name), secretariat()).hasStatus(201);
        assertThat(created.json().path("name").asString()).isEqualTo(name);
        JsonNode read = api.get("/participants/" + code, observer()).isOk().json();
        assertThat(read.path("name").asString()).isEqualTo(name);
        assertThat(api.get("/participants?size=200", observer()).items("name")).contains(name);

        String page = mvc.perform(get("/participants/" + code).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(name);
    }

    @Test
    void unauthenticatedCallsAreUnauthorized() {
        String code = code("X");
        api.get("/participants", null).isProblem(401, null);
        api.get("/bodies/NEACD/memberships", null).isProblem(401, null);
        api.post("/participants", participant(code, "Anonymous"), null).isProblem(401, null);
        api.put("/participants/KOR", participant("KOR", "Anonymous"), null).isProblem(401, null);
        api.post("/bodies/MAC/memberships", change("UNC", "WITHDRAW", "1999", null), null).isProblem(401, null);
        assertNothingAt("/participants/" + code);
    }

    @Test
    void delegatesObserversAndExpertsMayNotWrite() {
        String code = code("X");
        for (var who : java.util.List.of(delegate(), observer(), ApiCalls.expert())) {
            api.post("/participants", participant(code, "Delegated"), who).isProblem(403, null);
            api.put("/participants/KOR", participant("KOR", "Delegated"), who).isProblem(403, null);
            api.post("/bodies", body(code, "Delegated", null), who).isProblem(403, null);
            api.put("/bodies/NEACD", body("NEACD", "Delegated", null), who).isProblem(403, null);
            api.post("/formats", ApiCalls.format(code, "Delegated", java.util.List.of("KOR")), who)
                    .isProblem(403, null);
            api.put("/formats/2-plus-2", ApiCalls.format("2-plus-2", "Delegated", java.util.List.of("KOR")), who)
                    .isProblem(403, null);
            api.post("/bodies/MAC/memberships", change("UNC", "WITHDRAW", "1999", null), who).isProblem(403, null);
            // Refused before the body is read: an account that may not write learns nothing from validation.
            api.post("/participants", "{", who).isProblem(403, null);
            api.post("/participants", "{}", who).isProblem(403, null);
        }
        assertNothingAt("/participants/" + code);
        assertNothingAt("/bodies/" + code);
        assertNothingAt("/formats/" + code);
        assertThat(api.get("/participants/KOR", observer()).json().path("name").asString())
                .isEqualTo("Republic of Korea");
        assertHistoryLength("MAC", "UNC", 1);
    }

    @Test
    void unknownAddressesAreNotFound() {
        api.get("/participants/NOWHERE", observer()).isProblem(404, null);
        api.get("/bodies/NOWHERE", observer()).isProblem(404, null);
        api.get("/formats/NOWHERE", observer()).isProblem(404, null);
        api.get("/proposals/424242", observer()).isProblem(404, null);
        api.get("/nothing-here", observer()).isProblem(404, null);
    }

    private void assertNothingAt(String path) {
        api.get(path, secretariat()).isProblem(404, null);
    }

    private void assertHistoryLength(String body, String participant, int length) {
        assertThat(api.get("/bodies/" + body + "/memberships/" + participant, secretariat()).isOk().json()
                .path("changes").size()).isEqualTo(length);
    }
}
