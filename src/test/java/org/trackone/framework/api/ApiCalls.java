package org.trackone.framework.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Calls the API through MockMvc as one of the demo roles and reads the answer as JSON.
 * Every test class shares one database, so each makes its own codes with {@link #code}.
 */
final class ApiCalls {

    static final String BASE = "/api/v1";
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 46656, 36).toUpperCase();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    ApiCalls(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A code no other test uses: "API-P-xx-7". */
    static String code(String prefix) {
        return "API-" + prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    static RequestPostProcessor secretariat() {
        return user("secretariat").roles("SECRETARIAT");
    }

    static RequestPostProcessor delegate() {
        return user("kor-foreign").roles("DELEGATE");
    }

    static RequestPostProcessor expert() {
        return user("expert").roles("EXPERT");
    }

    static RequestPostProcessor observer() {
        return user("observer").roles("OBSERVER");
    }

    /** A JSON object from alternating names and values, in that order; a null value is written as null. */
    static String json(Object... namesAndValues) {
        Map<String, @Nullable Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return JSON.writeValueAsString(object);
    }

    /**
     * A participant as the secretariat would send it. An organization, not a state: other
     * tests sharing the database count the demonstration's six states.
     */
    static String participant(String code, String name) {
        return json("code", code, "kind", "ORGANIZATION", "name", name, "shortName", "Short name",
                "description", "A participant made by a test.");
    }

    static String body(String code, String name, @Nullable String parent) {
        return json("code", code, "name", name, "kind", "WORKSHOP", "parent", parent, "track", "TWO",
                "mandate", "REGIONAL", "decisionRule", "NONE", "recordRule", "PUBLIC", "status", "ACTIVE",
                "format", "five-party", "host", "IGCC", "convenedOn", "1996-05", "description", "Made by a test.");
    }

    static String format(String code, String name, List<String> participants) {
        return json("code", code, "name", name, "description", "Made by a test.", "participants", participants);
    }

    static String change(String participant, String action, String effectiveOn, @Nullable String note) {
        return json("participant", participant, "action", action, "effectiveOn", effectiveOn, "note", note);
    }

    Answer get(String path, @Nullable RequestPostProcessor who) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(BASE + path)
                .accept(MediaType.APPLICATION_JSON);
        return perform(who == null ? request : request.with(who));
    }

    Answer post(String path, String body, @Nullable RequestPostProcessor who) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(BASE + path).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return perform(who == null ? request : request.with(who));
    }

    Answer put(String path, String body, @Nullable RequestPostProcessor who) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.put(BASE + path).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return perform(who == null ? request : request.with(who));
    }

    Answer perform(MockHttpServletRequestBuilder request) {
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String text = response.getContentAsString();
            String type = response.getContentType();
            JsonNode json = type != null && type.contains("json") && !text.isEmpty() ? JSON.readTree(text) : null;
            return new Answer(response.getStatus(), type, text, json, response.getHeader(HttpHeaders.LOCATION));
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    /** What the API answered. */
    record Answer(int status, @Nullable String contentType, String text, @Nullable JsonNode json,
            @Nullable String location) {

        public JsonNode json() {
            assertThat(json).as("a JSON answer, got %s: %s", status, text).isNotNull();
            return json;
        }

        Answer isOk() {
            return hasStatus(200);
        }

        Answer hasStatus(int expected) {
            assertThat(status).as("status of the answer %s", text).isEqualTo(expected);
            if (expected < 300) {
                assertThat(contentType).isNotNull();
                assertThat(MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON))
                        .as("content type %s", contentType).isTrue();
            }
            return this;
        }

        /** An RFC 9457 problem with this status, naming this field first (or no field, when null). */
        Answer isProblem(int expected, @Nullable String field) {
            assertThat(status).as("status of the answer %s", text).isEqualTo(expected);
            assertThat(contentType).isNotNull();
            assertThat(MediaType.parseMediaType(contentType).isCompatibleWith(PROBLEM))
                    .as("content type %s", contentType).isTrue();
            assertThat(json().path("status").asInt()).isEqualTo(expected);
            assertThat(json().path("title").asString()).isNotBlank();
            if (field != null) {
                assertThat(json().path("errors").isArray()).as("errors in %s", text).isTrue();
                assertThat(json().path("errors").path(0).path("field").asString()).as(text).isEqualTo(field);
                assertThat(json().path("errors").path(0).path("reason").asString()).as(text).isNotBlank();
            }
            return this;
        }

        /** The values of one property of every item of a page. */
        List<String> items(String property) {
            return json().path("items").valueStream().map(item -> item.path(property).asString()).toList();
        }

        String reason() {
            return json().path("errors").path(0).path("reason").asString();
        }
    }
}
