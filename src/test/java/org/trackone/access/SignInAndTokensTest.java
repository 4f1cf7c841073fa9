package org.trackone.access;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.charset.StandardCharsets;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInAndTokensTest {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void aDemoAccountSignsInWithItsPassword() throws Exception {
        mvc.perform(formLogin("/sign-in").user("observer").password("demo"))
                .andExpect(authenticated().withUsername("observer").withRoles("OBSERVER"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/sign-in").user("expert").password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void signInWithoutTheCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/sign-in").param("username", "observer").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSignedInFormWithoutItsCsrfTokenIsToldItExpired() throws Exception {
        mvc.perform(post("/account/tokens").param("name", "x").with(user("expert").roles("EXPERT")))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/error/expired"));
        String page = mvc.perform(get("/error/expired")).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The form has expired");
    }

    @Test
    void repeatedFailuresThrottleTheAccountEvenForTheRightPassword() throws Exception {
        accounts.open(new NewAccount("throttled-one", "Throttled", "a-long-enough-password", Role.OBSERVER, null, null));
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/sign-in").user("throttled-one").password("wrong"))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(formLogin("/sign-in").user("throttled-one").password("a-long-enough-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?throttled"));
    }

    @Test
    void parallelAttemptsCannotSlipPastTheThrottle() throws Exception {
        accounts.open(new NewAccount("throttled-two", "Throttled", "a-long-enough-password", Role.OBSERVER, null, null));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
        for (int attempt = 0; attempt < 16; attempt++) {
            results.add(pool.submit(() -> mvc.perform(formLogin("/sign-in").user("throttled-two").password("wrong"))
                    .andReturn().getResponse().getRedirectedUrl()));
        }
        long checked = 0;
        for (var result : results) {
            checked += result.get().endsWith("?error") ? 1 : 0;
        }
        pool.shutdown();
        assertThat(checked).isLessThanOrEqualTo(5);
    }

    @Test
    void anOverlongAccountNameIsRefusedWithoutABucket() throws Exception {
        mvc.perform(formLogin("/sign-in").user("x".repeat(10_000)).password("wrong"))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void anAnonymousApiCallOpensNoSession() throws Exception {
        mvc.perform(get("/api/v1/participants"))
                .andExpect(status().isUnauthorized())
                .andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());
    }

    @Test
    void afterSigningInAPersonReturnsToThePageTheyAskedFor() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/sign-in").param("username", "observer").param("password", "demo").with(csrf())
                        .session(session))
                .andExpect(redirectedUrl("http://localhost/account?continue"));
    }

    @Test
    void anAnonymousApiWriteIsUnauthorizedNotACsrfRefusal() throws Exception {
        mvc.perform(post("/api/v1/participants").contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theSignInPageNamesTheDemoAccounts() throws Exception {
        String page = mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("secretariat", "observer", "expert", "kor-foreign", "kor-defence", "prk-defence",
                "rus-foreign");
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        String hash = jdbc.sql("select password_hash from access_account where username = 'secretariat'")
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("demo");
    }

    @Test
    void aTokenIsShownOnceStoredAsADigestAndStopsWorkingWhenRevoked() throws Exception {
        MockHttpSession session = new MockHttpSession();
        var signedIn = user(accounts.find("expert").map(a -> a.username()).orElseThrow()).roles("EXPERT");
        mvc.perform(post("/account/tokens").param("name", "script").with(csrf()).with(signedIn).session(session))
                .andExpect(redirectedUrl("/account"));
        String page = mvc.perform(get("/account").with(signedIn).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*id=\"new-token\">(t1_[0-9a-f]{64})<.*", "$1");
        assertThat(token).startsWith("t1_").hasSize(67);

        String digest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("select count(*) from access_api_token where token_hash = ?").param(digest)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from access_api_token where token_hash = ? or prefix = ?")
                .params(token, token).query(Long.class).single()).isZero();

        mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getRequest().getSession(false))
                        .as("a token client gets no session").isNull());
        mvc.perform(post("/account/tokens").param("name", "successor").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        assertThat(accounts.tokens("expert")).noneMatch(t -> t.name().equals("successor"));

        long id = accounts.tokens("expert").stream().filter(t -> t.name().equals("script")).findFirst().orElseThrow().id();
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(signedIn))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void anUnknownTokenIsRefusedNotTreatedAsAnonymous() throws Exception {
        mvc.perform(get("/api/v1/bodies").header("Authorization", "Bearer t1_" + "0".repeat(64)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void accountsAreValidated() {
        assertThatThrownBy(() -> accounts.open(new NewAccount("short-pass", "Short", "short", Role.EXPERT, null, null)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> accounts.open(new NewAccount("lonely-delegate", "Delegate", "a-long-enough-password",
                Role.DELEGATE, null, Ministry.DEFENCE)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("participant"));
        assertThatThrownBy(() -> accounts.open(new NewAccount("nowhere-delegate", "Delegate", "a-long-enough-password",
                Role.DELEGATE, "ZZZ", Ministry.DEFENCE)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("participant"));
        assertThatThrownBy(() -> accounts.open(new NewAccount("secretariat", "Again", "a-long-enough-password",
                Role.SECRETARIAT, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void delegatesCarryTheirParticipantAndMinistry() throws Exception {
        mvc.perform(formLogin("/sign-in").user("prk-defence").password("demo"))
                .andExpect(authenticated().withAuthentication(authentication ->
                        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                                .contains("ROLE_DELEGATE", "PARTICIPANT_PRK", "MINISTRY_DEFENCE")));
    }
}
