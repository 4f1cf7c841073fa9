package org.trackone.csbm;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
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

/** Calls to the regime's API and pages as the demo accounts, answers read as JSON or text. */
final class CsbmCalls {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    CsbmCalls(MockMvc mvc) {
        this.mvc = mvc;
    }

    static RequestPostProcessor secretariat() {
        return user("secretariat").roles("SECRETARIAT");
    }

    /** A demo delegate by account name: "kor-defence", "jpn-foreign"… */
    static RequestPostProcessor delegate(String username) {
        return user(username).roles("DELEGATE");
    }

    static RequestPostProcessor observer() {
        return user("observer").roles("OBSERVER");
    }

    static RequestPostProcessor expert() {
        return user("expert").roles("EXPERT");
    }

    Answer get(String path, RequestPostProcessor who) {
        return perform(MockMvcRequestBuilders.get(path).with(who));
    }

    Answer post(String path, String json, RequestPostProcessor who) {
        return perform(MockMvcRequestBuilders.post(path).with(csrf()).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    Answer perform(MockHttpServletRequestBuilder request) {
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String text = response.getContentAsString();
            String type = response.getContentType();
            JsonNode json = type != null && type.contains("json") && !text.isEmpty() ? JSON.readTree(text) : null;
            return new Answer(response.getStatus(), text, json, response.getRedirectedUrl());
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    record Answer(int status, String text, @Nullable JsonNode json, @Nullable String redirect) {

        public JsonNode json() {
            assertThat(json).as("a JSON answer, got %s: %s", status, text).isNotNull();
            return json;
        }

        Answer hasStatus(int expected) {
            assertThat(status).as("status of the answer %s", text).isEqualTo(expected);
            return this;
        }

        /** A 422 problem naming this field first. */
        Answer refuses(String field) {
            hasStatus(422);
            assertThat(json().path("errors").path(0).path("field").asString()).as(text).isEqualTo(field);
            assertThat(json().path("errors").path(0).path("reason").asString()).as(text).isNotBlank();
            return this;
        }
    }
}
