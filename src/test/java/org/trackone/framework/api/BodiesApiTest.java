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
import static org.trackone.framework.api.ApiCalls.body;
import static org.trackone.framework.api.ApiCalls.change;
import static org.trackone.framework.api.ApiCalls.code;
import static org.trackone.framework.api.ApiCalls.delegate;
import static org.trackone.framework.api.ApiCalls.expert;
import static org.trackone.framework.api.ApiCalls.json;
import static org.trackone.framework.api.ApiCalls.observer;
import static org.trackone.framework.api.ApiCalls.secretariat;

@IntegrationTest
class BodiesApiTest {

    @Autowired MockMvc mvc;
    ApiCalls api;

    @BeforeEach
    void calls() {
        api = new ApiCalls(mvc);
    }

    @Test
    void listsBodies() {
        Answer all = api.get("/bodies", observer()).isOk();
        assertThat(all.json().path("page").asInt()).isZero();
        assertThat(all.json().path("size").asInt()).isEqualTo(50);
        assertThat(all.items("code")).contains("MAC", "NEACD", "NEACD-PREP", "FPT", "FPT-PEACE", "SIX-PARTY");
        JsonNode dialogue = all.json().path("items").valueStream()
                .filter(b -> b.path("code").asString().equals("NEACD")).findFirst().orElseThrow();
        assertThat(dialogue.path("track").asString()).isEqualTo("TWO");
        assertThat(dialogue.path("format").asString()).isEqualTo("five-party");
        assertThat(dialogue.path("host").asString()).isEqualTo("IGCC");
        assertThat(dialogue.path("convenedOn").asString()).isEqualTo("1993-11");
        assertThat(dialogue.has("parent")).isFalse();
    }

    @Test
    void filtersByTrackMandateRecordRuleAndStatus() {
        Answer trackOne = api.get("/bodies?track=ONE", observer()).isOk();
        assertThat(trackOne.items("track")).containsOnly("ONE");
        assertThat(trackOne.items("code")).contains("MAC", "FPT", "SIX-PARTY").doesNotContain("NEACD");

        assertThat(api.get("/bodies?mandate=PENINSULA", observer()).isOk().items("mandate")).containsOnly("PENINSULA");
        assertThat(api.get("/bodies?recordRule=OFF_THE_RECORD", observer()).isOk().items("code"))
                .contains("NEACD", "NEACD-VII").doesNotContain("FPT");
        assertThat(api.get("/bodies?status=PROPOSED", observer()).isOk().items("code")).contains("SIX-PARTY")
                .doesNotContain("NEACD", "MAC");

        Answer combined = api.get("/bodies?track=ONE&mandate=PENINSULA&recordRule=RESTRICTED&status=ADJOURNED",
                observer()).isOk();
        assertThat(combined.items("code")).contains("MAC", "FPT", "FPT-PEACE", "FPT-TENSION")
                .doesNotContain("SIX-PARTY", "NEACD");
        assertThat(api.get("/bodies?track=TWO&mandate=PENINSULA", observer()).isOk().items("code"))
                .doesNotContain("MAC", "NEACD", "FPT");
    }

    @Test
    void pagesThroughBodies() {
        List<String> all = api.get("/bodies?size=200", observer()).isOk().items("code");
        Answer page = api.get("/bodies?page=2&size=2", observer()).isOk();
        assertThat(page.items("code")).containsExactlyElementsOf(all.subList(4, 6));
        assertThat(page.json().path("total").asLong()).isEqualTo(all.size());
    }

    @Test
    void readsABodyWithParentChildrenAndCurrentMembers() {
        JsonNode dialogue = api.get("/bodies/NEACD", observer()).isOk().json();
        assertThat(dialogue.path("name").asString()).isEqualTo("Northeast Asia Cooperation Dialogue");
        assertThat(dialogue.path("kind").asString()).isEqualTo("DIALOGUE");
        assertThat(dialogue.path("recordRule").asString()).isEqualTo("OFF_THE_RECORD");
        assertThat(dialogue.path("decisionRule").asString()).isEqualTo("CONSENSUS");
        assertThat(dialogue.has("parent")).isFalse();
        assertThat(dialogue.path("children").valueStream().map(JsonNode::asString).toList())
                .contains("NEACD-PREP", "NEACD-LAUNCH", "NEACD-VI", "NEACD-VII");
        assertThat(dialogue.path("currentMembers").valueStream().map(m -> m.path("participant").asString()).toList())
                .containsExactlyInAnyOrder("KOR", "USA", "CHN", "JPN", "RUS");
        assertThat(dialogue.path("currentMembers").path(0).path("status").asString()).isEqualTo("MEMBER");
        assertThat(dialogue.path("currentMembers").path(0).path("since").asString()).isEqualTo("1993-11");

        JsonNode preparatory = api.get("/bodies/NEACD-PREP", observer()).isOk().json();
        assertThat(preparatory.path("parent").asString()).isEqualTo("NEACD");
        assertThat(preparatory.path("children").size()).isZero();

        api.get("/bodies/NOWHERE", observer()).isProblem(404, null);
    }

    @Test
    void createsABodyUnderAParent() {
        String parent = code("B");
        api.post("/bodies", body(parent, "Test dialogue", null), secretariat()).hasStatus(201);
        String child = code("B");
        Answer created = api.post("/bodies", body(child, "Test workshop", parent), secretariat()).hasStatus(201);
        assertThat(created.location()).isEqualTo("/api/v1/bodies/" + child);
        assertThat(created.json().path("parent").asString()).isEqualTo(parent);
        assertThat(created.json().path("convenedOn").asString()).isEqualTo("1996-05");
        assertThat(created.json().path("currentMembers").size()).isZero();

        JsonNode read = api.get("/bodies/" + parent, observer()).isOk().json();
        assertThat(read.path("children").valueStream().map(JsonNode::asString).toList()).containsExactly(child);
        assertThat(api.get("/bodies?recordRule=PUBLIC&size=200", observer()).items("code")).contains(parent, child);
    }

    @Test
    void editsABodyButNeverIntoItsOwnAncestor() {
        String top = code("B");
        String below = code("B");
        api.post("/bodies", body(top, "Top", null), secretariat()).hasStatus(201);
        api.post("/bodies", body(below, "Below", top), secretariat()).hasStatus(201);

        Answer edited = api.put("/bodies/" + top, json("code", top, "name", "Top, adjourned", "kind", "FORUM",
                "track", "ONE", "mandate", "DUAL", "decisionRule", "CONSENSUS", "recordRule", "RESTRICTED",
                "status", "ADJOURNED", "convenedOn", "1997-12-09"), secretariat()).isOk();
        assertThat(edited.json().path("status").asString()).isEqualTo("ADJOURNED");
        assertThat(edited.json().path("convenedOn").asString()).isEqualTo("1997-12-09");
        assertThat(edited.json().has("format")).isFalse();
        assertThat(edited.json().path("children").valueStream().map(JsonNode::asString).toList())
                .containsExactly(below);

        Answer cycle = api.put("/bodies/" + top, body(top, "Top", below), secretariat()).isProblem(422, "parent");
        assertThat(cycle.reason()).contains("ancestor");
        assertThat(api.get("/bodies/" + top, observer()).json().has("parent")).isFalse();

        api.put("/bodies/" + top, body(below, "Top", null), secretariat()).isProblem(422, "code");
        String unknown = code("B");
        api.put("/bodies/" + unknown, body(unknown, "Nobody", null), secretariat()).isProblem(404, null);
    }

    @Test
    void listsEachMembershipOfABodyWithStatusAndHistory() {
        Answer memberships = api.get("/bodies/MAC/memberships", expert()).isOk();
        assertThat(memberships.items("participant")).containsExactlyInAnyOrder("UNC", "PRK", "CHN");
        JsonNode north = memberships.json().path("items").valueStream()
                .filter(m -> m.path("participant").asString().equals("PRK")).findFirst().orElseThrow();
        assertThat(north.path("body").asString()).isEqualTo("MAC");
        assertThat(north.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(north.path("takesPart").asBoolean()).isFalse();
        JsonNode withdrawal = north.path("changes").path(1);
        assertThat(withdrawal.path("sequence").asInt()).isEqualTo(2);
        assertThat(withdrawal.path("action").asString()).isEqualTo("WITHDRAW");
        assertThat(withdrawal.path("statusAfter").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawal.path("effectiveOn").asString()).isEqualTo("1994-03");
        assertThat(withdrawal.path("note").asString()).isNotBlank();
        assertThat(withdrawal.path("recordedAt").asString()).isNotBlank();
        assertThat(withdrawal.path("recordedBy").asString()).isEqualTo("demonstration data");

        JsonNode one = api.get("/bodies/MAC/memberships/PRK", expert()).isOk().json();
        assertThat(one).isEqualTo(north);
        api.get("/bodies/MAC/memberships/KOR", expert()).isProblem(404, null);
        api.get("/bodies/MAC/memberships/NOWHERE", expert()).isProblem(404, null);
        api.get("/bodies/NOWHERE/memberships", expert()).isProblem(404, null);
    }

    @Test
    void changesAMembershipStepByStepAndKeepsTheHistory() {
        String body = code("B");
        api.post("/bodies", body(body, "Membership workshop", null), secretariat()).hasStatus(201);

        Answer invited = api.post("/bodies/" + body + "/memberships", change("PRK", "INVITE", "1996-05", "Invited."),
                secretariat()).hasStatus(201);
        assertThat(invited.location()).isEqualTo("/api/v1/bodies/" + body + "/memberships/PRK");
        assertThat(invited.json().path("sequence").asInt()).isEqualTo(1);
        assertThat(invited.json().path("statusAfter").asString()).isEqualTo("INVITED");
        assertThat(invited.json().path("recordedBy").asString()).isEqualTo("secretariat");

        api.post("/bodies/" + body + "/memberships", change("PRK", "DECLINE", "1996-06", null), secretariat())
                .hasStatus(201);
        api.post("/bodies/" + body + "/memberships", change("PRK", "JOIN", "1998", "Joined at last."), secretariat())
                .hasStatus(201);
        api.post("/bodies/" + body + "/memberships", change("KOR", "JOIN", "1996-05-02", null), secretariat())
                .hasStatus(201);

        JsonNode north = api.get("/bodies/" + body + "/memberships/PRK", observer()).isOk().json();
        assertThat(north.path("status").asString()).isEqualTo("MEMBER");
        assertThat(north.path("takesPart").asBoolean()).isTrue();
        assertThat(north.path("since").asString()).isEqualTo("1998");
        assertThat(north.path("changes").valueStream().map(c -> c.path("action").asString()).toList())
                .containsExactly("INVITE", "DECLINE", "JOIN");
        assertThat(north.path("changes").valueStream().map(c -> c.path("statusAfter").asString()).toList())
                .containsExactly("INVITED", "DECLINED", "MEMBER");
        assertThat(north.path("changes").path(2).path("note").asString()).isEqualTo("Joined at last.");
        assertThat(north.path("changes").path(1).has("note")).isFalse();

        JsonNode read = api.get("/bodies/" + body, observer()).isOk().json();
        assertThat(read.path("currentMembers").valueStream().map(m -> m.path("participant").asString()).toList())
                .containsExactlyInAnyOrder("PRK", "KOR");
        assertThat(api.get("/participants/PRK/memberships?size=200", observer()).items("body")).contains(body);

        api.post("/bodies/" + body + "/memberships", change("PRK", "WITHDRAW", "1999", null), secretariat())
                .hasStatus(201);
        JsonNode after = api.get("/bodies/" + body, observer()).isOk().json();
        assertThat(after.path("currentMembers").valueStream().map(m -> m.path("participant").asString()).toList())
                .containsExactly("KOR");
    }

    @Test
    void refusesAChangeTheCurrentStatusDoesNotAllow() {
        String body = code("B");
        api.post("/bodies", body(body, "Rules workshop", null), secretariat()).hasStatus(201);

        api.post("/bodies/" + body + "/memberships", change("JPN", "WITHDRAW", "1996", null), secretariat())
                .isProblem(422, "action");
        api.post("/bodies/" + body + "/memberships", change("JPN", "JOIN", "1996", null), secretariat())
                .hasStatus(201);
        Answer refused = api.post("/bodies/" + body + "/memberships", change("JPN", "DECLINE", "1997", null),
                secretariat()).isProblem(422, "action");
        assertThat(refused.reason()).contains("DECLINE").contains("MEMBER");

        assertThat(api.get("/bodies/" + body + "/memberships/JPN", observer()).json().path("changes").size())
                .isEqualTo(1);
        api.post("/bodies/NOWHERE/memberships", change("JPN", "JOIN", "1996", null), secretariat())
                .isProblem(404, null);
    }

    @Test
    void notesOnRestrictedBodiesAreForInsidersOnly() {
        JsonNode forObserver = api.get("/bodies/MAC/memberships/PRK", observer()).isOk().json();
        assertThat(forObserver.path("changes").valueStream().map(c -> c.has("note")).toList()).containsOnly(false);
        JsonNode forDelegate = api.get("/bodies/MAC/memberships/PRK", delegate()).isOk().json();
        assertThat(forDelegate.path("changes").path(0).path("note").asString())
                .isEqualTo("Signatory of the Armistice.");

        String open = code("B");
        api.post("/bodies", body(open, "Public workshop", null), secretariat()).hasStatus(201);
        api.post("/bodies/" + open + "/memberships", change("USA", "OBSERVE", "1996-05", "Sends an observer."),
                secretariat()).hasStatus(201);
        JsonNode publicNote = api.get("/bodies/" + open + "/memberships", observer()).isOk().json();
        assertThat(publicNote.path("items").path(0).path("changes").path(0).path("note").asString())
                .isEqualTo("Sends an observer.");
    }
}
