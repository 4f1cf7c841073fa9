package org.trackone.framework.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.framework.api.ApiCalls.Answer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The OpenAPI description is public, complete and describes how to authenticate. */
@IntegrationTest
class ApiDocumentationTest {

    static final Map<String, List<String>> ROUTES = Map.ofEntries(
            Map.entry("/api/v1/participants", List.of("get", "post")),
            Map.entry("/api/v1/participants/{code}", List.of("get", "put")),
            Map.entry("/api/v1/participants/{code}/memberships", List.of("get")),
            Map.entry("/api/v1/bodies", List.of("get", "post")),
            Map.entry("/api/v1/bodies/{code}", List.of("get", "put")),
            Map.entry("/api/v1/bodies/{code}/memberships", List.of("get", "post")),
            Map.entry("/api/v1/bodies/{code}/memberships/{participant}", List.of("get")),
            Map.entry("/api/v1/formats", List.of("get", "post")),
            Map.entry("/api/v1/formats/{code}", List.of("get", "put")),
            Map.entry("/api/v1/proposals", List.of("get")),
            Map.entry("/api/v1/proposals/{id}", List.of("get")));

    @Autowired MockMvc mvc;
    ApiCalls api;

    @BeforeEach
    void calls() {
        api = new ApiCalls(mvc);
    }

    @Test
    void describesEveryRouteWithoutSigningIn() {
        JsonNode document = api.perform(get("/api/v1/openapi.json")).isOk().json();
        assertThat(document.path("info").path("title").asString()).isEqualTo("trackone API");
        assertThat(document.path("info").path("version").asString()).isNotBlank();
        assertThat(document.path("info").path("description").asString()).contains("Bearer").contains("problem");

        Set<String> described = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> described.add(method + " " + path.getKey())));
        Set<String> expected = new TreeSet<>();
        ROUTES.forEach((path, methods) -> methods.forEach(method -> expected.add(method + " " + path)));
        assertThat(described).containsAll(expected);

        JsonNode paths = document.path("paths");
        assertThat(paths.path("/api/v1/participants").path("post").path("responses").propertyNames())
                .contains("201", "400", "401", "403", "422");
        assertThat(paths.path("/api/v1/bodies/{code}/memberships").path("post").path("requestBody").toString())
                .contains("MembershipChangeRequest");
        assertThat(paths.path("/api/v1/bodies").path("get").path("parameters").valueStream()
                .map(p -> p.path("name").asString()).toList())
                .contains("track", "mandate", "recordRule", "status", "page", "size");
        assertThat(paths.path("/api/v1/proposals").path("get").path("parameters").valueStream()
                .map(p -> p.path("name").asString()).toList())
                .contains("proposer", "scope", "from", "to", "page", "size");
        assertThat(paths.path("/api/v1/participants/{code}").path("get").path("responses").path("404")
                .path("content").propertyNames()).contains("application/problem+json");
    }

    @Test
    void namesBothWaysToAuthenticateAndOneTagPerResource() {
        JsonNode document = api.perform(get("/api/v1/openapi.json")).isOk().json();
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("session").path("type").asString()).isEqualTo("apiKey");
        assertThat(schemes.path("session").path("in").asString()).isEqualTo("cookie");
        assertThat(document.path("security").toString()).contains("bearer").contains("session");
        assertThat(document.path("tags").valueStream().map(t -> t.path("name").asString()).toList())
                .contains("Participants", "Bodies", "Formats", "Proposals");
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                assertThat(operation.getValue().path("tags").size()).as(path.getKey()).isEqualTo(1)));
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").propertyNames())
                .contains("status", "detail", "errors");
        assertThat(document.path("components").path("schemas").path("MembershipChangeRequest").path("properties")
                .path("effectiveOn").path("pattern").asString()).isNotBlank();
    }

    @Test
    void theBrowsableDocumentationIsPublic() throws Exception {
        var docs = mvc.perform(get("/api/v1/docs")).andReturn().getResponse();
        assertThat(docs.getStatus()).isEqualTo(302);
        assertThat(docs.getRedirectedUrl()).endsWith("/api/v1/swagger-ui/index.html");
        var page = mvc.perform(get("/api/v1/swagger-ui/index.html")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("swagger-ui");
        Answer config = api.perform(get("/api/v1/openapi.json/swagger-config")).isOk();
        assertThat(config.json().path("url").asString()).isEqualTo("/api/v1/openapi.json");
    }
}
