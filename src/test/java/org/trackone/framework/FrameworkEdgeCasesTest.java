package org.trackone.framework;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Inputs at the edges: control characters, huge pages, codes alike but for case, dates ahead, the record itself. */
@IntegrationTest
class FrameworkEdgeCasesTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired FrameworkAdministration administration;
    @Autowired FrameworkDirectory directory;
    @Autowired JdbcClient jdbc;

    private static String participantJson(String code, String name) {
        return """
                {"code": "%s", "kind": "ORGANIZATION", "name": "%s", "shortName": "Edge"}""".formatted(code, name);
    }

    private String newBody() {
        String code = "EDGE-" + COUNTER.incrementAndGet();
        administration.createBody(new BodyDetails(code, "Edge " + code, BodyKind.WORKSHOP, null, Track.TWO,
                Mandate.REGIONAL, DecisionRule.NONE, RecordRule.PUBLIC, BodyStatus.ACTIVE, null, null, null, ""), "test");
        return code;
    }

    @Test
    void aControlCharacterInTextIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/participants").with(user("secretariat").roles("SECRETARIAT")).with(csrf())
                        .contentType("application/json").content(participantJson("EDGE-NUL", "a\\u0000b")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/participants/new").with(user("secretariat").roles("SECRETARIAT")).with(csrf())
                        .param("code", "EDGE-NUL2").param("kind", "STATE").param("name", "a\u0000b").param("shortName", "x"))
                .andExpect(status().isUnprocessableContent());
        assertThat(directory.findParticipant("EDGE-NUL")).isEmpty();
        assertThat(directory.findParticipant("EDGE-NUL2")).isEmpty();
    }

    @Test
    void aPageBeyondAnyListIsRefusedNotAnOverflow() throws Exception {
        mvc.perform(get("/api/v1/participants").param("page", "21474837").param("size", "100")
                        .with(user("observer").roles("OBSERVER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/participants").param("page", "999999").param("size", "200")
                        .with(user("observer").roles("OBSERVER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void codesAreUniqueWithoutRegardToCase() {
        assertThatThrownBy(() -> administration.createParticipant(
                new ParticipantDetails("kor", ParticipantKind.STATE, "Lower case", "Lower", ""), "test"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void theCodeNewIsReservedForTheCreationPages() throws Exception {
        mvc.perform(post("/api/v1/bodies").with(user("secretariat").roles("SECRETARIAT")).with(csrf())
                        .contentType("application/json").content("""
                                {"code": "new", "name": "New", "kind": "WORKSHOP", "track": "TWO", "mandate": "REGIONAL",
                                 "decisionRule": "NONE", "recordRule": "PUBLIC", "status": "ACTIVE"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void aChangeDatedAheadCountsFromItsDate() {
        String body = newBody();
        administration.changeMembership(body,
                new MembershipChangeRequest("USA", MembershipAction.JOIN, HistoricalDate.parse("2199"), ""), "test");
        assertThat(directory.currentMembers(body)).isEmpty();
        Membership membership = directory.membershipsOfBody(body, Reader.INSIDER).getFirst();
        assertThat(membership.status()).isEmpty();
        assertThat(membership.changes()).hasSize(1);
    }

    @Test
    void aLessPreciseDateMayFollowAMorePreciseOneItMayInclude() {
        String body = newBody();
        administration.changeMembership(body,
                new MembershipChangeRequest("JPN", MembershipAction.JOIN, HistoricalDate.parse("1994-03-15"), ""), "test");
        administration.changeMembership(body,
                new MembershipChangeRequest("JPN", MembershipAction.WITHDRAW, HistoricalDate.parse("1994"), ""), "test");
        assertThat(directory.membershipsOfBody(body, Reader.INSIDER).getFirst().changes()).hasSize(2);
    }

    @Test
    void theDatabaseRefusesToRewriteAMembershipHistory() {
        String body = newBody();
        administration.changeMembership(body,
                new MembershipChangeRequest("RUS", MembershipAction.JOIN, HistoricalDate.parse("1999"), "as it was"), "test");
        assertThatThrownBy(() -> jdbc.sql("update framework_membership_change set note = 'rewritten'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from framework_membership_change").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aMisspeltPropertyIsRefusedNotDropped() throws Exception {
        mvc.perform(post("/api/v1/participants").with(user("secretariat").roles("SECRETARIAT")).with(csrf())
                        .contentType("application/json")
                        .content("{\"code\": \"EDGE-TYPO\", \"kind\": \"STATE\", \"name\": \"Typo\", \"shortName\": \"T\", \"descripton\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("descripton"));
        assertThat(directory.findParticipant("EDGE-TYPO")).isEmpty();
    }

    @Test
    void yearsOutOfOrderAreRefused() throws Exception {
        mvc.perform(get("/api/v1/proposals").param("from", "1999").param("to", "1990")
                        .with(user("observer").roles("OBSERVER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void anUnreadableBodyNamesNothingInsideTheServer() throws Exception {
        String detail = mvc.perform(post("/api/v1/participants").with(user("secretariat").roles("SECRETARIAT"))
                        .with(csrf()).contentType("application/json").content("null"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).doesNotContain("org.trackone", "ResponseEntity", "java.");
    }
}
