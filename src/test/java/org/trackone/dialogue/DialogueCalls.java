package org.trackone.dialogue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Requests to the dialogue's pages and API as one of the demo accounts (loaded with its
 * real authorities, so a delegate carries its participant and ministry).
 */
final class DialogueCalls {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final UserDetailsService accounts;

    DialogueCalls(MockMvc mvc, UserDetailsService accounts) {
        this.mvc = mvc;
        this.accounts = accounts;
    }

    static String json(Object... namesAndValues) {
        Map<String, @Nullable Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return JSON.writeValueAsString(object);
    }

    Answer api(HttpMethod method, String path, @Nullable String body, @Nullable String account) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path).with(csrf())
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return perform(request, account);
    }

    Answer form(String path, @Nullable String account, String... namesAndValues) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return perform(request, account);
    }

    Answer page(String path, @Nullable String account) {
        return perform(MockMvcRequestBuilders.get(path), account);
    }

    Answer perform(AbstractMockHttpServletRequestBuilder<?> request, @Nullable String account) {
        if (account != null) {
            request.with(user(accounts.loadUserByUsername(account)));
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String text = response.getContentAsString();
            String type = response.getContentType();
            JsonNode json = type != null && type.contains("json") && !text.isEmpty() ? JSON.readTree(text) : null;
            return new Answer(response.getStatus(), type, text, json, response.getRedirectedUrl());
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    record Answer(int status, @Nullable String contentType, String text, @Nullable JsonNode json,
            @Nullable String redirect) {

        JsonNode body() {
            if (json == null) {
                throw new AssertionError("not JSON (" + status + "): " + text);
            }
            return json;
        }

        String firstErrorField() {
            return body().path("errors").path(0).path("field").asString();
        }
    }
}
