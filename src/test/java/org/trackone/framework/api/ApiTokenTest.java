package org.trackone.framework.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.access.Accounts;
import org.trackone.access.ApiToken;
import org.trackone.framework.api.ApiCalls.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.trackone.framework.api.ApiCalls.change;
import static org.trackone.framework.api.ApiCalls.code;
import static org.trackone.framework.api.ApiCalls.participant;
import static org.trackone.framework.api.ApiCalls.secretariat;

/** Programs call the API with a real token, without a session and without CSRF. */
@IntegrationTest
class ApiTokenTest {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    ApiCalls api;

    @BeforeEach
    void calls() {
        api = new ApiCalls(mvc);
    }

    @Test
    void aSecretariatTokenReadsAndWritesWithoutCsrf() {
        String token = accounts.issueToken("secretariat", "test");
        try {
            Answer list = api.perform(get(ApiCalls.BASE + "/participants?kind=STATE").header(HttpHeaders.AUTHORIZATION,
                    "Bearer " + token)).isOk();
            assertThat(list.items("code")).contains("KOR");

            String code = code("T");
            Answer created = api.perform(post(ApiCalls.BASE + "/participants")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(participant(code, "Token state")))
                    .hasStatus(201);
            assertThat(created.location()).isEqualTo("/api/v1/participants/" + code);

            api.perform(put(ApiCalls.BASE + "/participants/" + code)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(participant(code, "Token state, edited")))
                    .isOk();
            String body = code("T");
            api.perform(post(ApiCalls.BASE + "/bodies").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(ApiCalls.body(body, "Token workshop", null)))
                    .hasStatus(201);
            Answer joined = api.perform(post(ApiCalls.BASE + "/bodies/" + body + "/memberships")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(change(code, "OBSERVE", "1999", "By token.")))
                    .hasStatus(201);
            assertThat(joined.json().path("recordedBy").asString()).isEqualTo("secretariat");
            assertThat(api.get("/participants/" + code, secretariat()).json().path("name").asString())
                    .isEqualTo("Token state, edited");
        } finally {
            revoke("secretariat", token);
        }
    }

    @Test
    void aDelegateTokenReadsButMayNotWrite() {
        String token = accounts.issueToken("kor-foreign", "test");
        try {
            api.perform(get(ApiCalls.BASE + "/bodies/MAC/memberships")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).isOk();
            String code = code("T");
            api.perform(post(ApiCalls.BASE + "/participants").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(participant(code, "Delegate state")))
                    .isProblem(403, null);
            api.get("/participants/" + code, secretariat()).isProblem(404, null);
        } finally {
            revoke("kor-foreign", token);
        }
    }

    @Test
    void aRevokedOrUnknownTokenIsUnauthorized() {
        String token = accounts.issueToken("secretariat", "test");
        api.perform(get(ApiCalls.BASE + "/formats").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).isOk();
        revoke("secretariat", token);

        Answer revoked = api.perform(get(ApiCalls.BASE + "/formats")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).isProblem(401, null);
        assertThat(revoked.json().path("detail").asString()).contains("Bearer");
        String code = code("T");
        api.perform(post(ApiCalls.BASE + "/participants").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(participant(code, "Revoked"))).isProblem(401, null);
        api.perform(get(ApiCalls.BASE + "/formats")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Accounts.TOKEN_PREFIX + "0".repeat(64)))
                .isProblem(401, null);
        api.perform(get(ApiCalls.BASE + "/formats").header(HttpHeaders.AUTHORIZATION, "Bearer "))
                .isProblem(401, null);
        api.get("/participants/" + code, secretariat()).isProblem(404, null);
    }

    private void revoke(String username, String token) {
        ApiToken issued = accounts.tokens(username).stream()
                .filter(t -> t.active() && token.startsWith(t.prefix()) && t.name().equals("test"))
                .findFirst().orElseThrow();
        accounts.revokeToken(username, issued.id());
    }
}
