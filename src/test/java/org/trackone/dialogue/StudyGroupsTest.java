package org.trackone.dialogue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.dialogue.DialogueCalls.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackone.dialogue.DialogueCalls.json;

/** Study groups and the flow of their recommendations to track one, against the real database. */
@IntegrationTest
class StudyGroupsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    DialogueCalls calls;

    @BeforeEach
    void setUp() {
        calls = new DialogueCalls(mvc, accounts);
    }

    @Test
    void theDemonstrationHoldsTheNeacdStudyProjectsAndWorkshops() {
        Answer list = calls.api(HttpMethod.GET, "/api/v1/study-groups", null, "observer");
        assertThat(list.body().valueStream().map(g -> g.path("code").asString()).toList())
                .contains("NEACD-ENERGY", "NEACD-MARITIME", "NEACD-MRM", "NEACD-DEFINFO");
        assertThat(calls.page("/study-groups/NEACD-MRM", null).text()).contains("mutual reassurance measures",
                "Sub-Committee on Tension Reduction", "no response yet");
    }

    @Test
    void aMemorandumGoesToTrackOneAndEachResponseIsKept() {
        Answer created = calls.api(HttpMethod.POST, "/api/v1/study-groups", json("code", "SG-TEST-1", "name",
                "Test study group", "kind", "STUDY_GROUP", "body", "NEACD", "mandate", "Test the flow.", "termFrom",
                "1999-01-01", "termTo", "2000-12-31", "members", List.of("A scholar", "An official")), "secretariat");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(calls.api(HttpMethod.POST, "/api/v1/study-groups/SG-TEST-1/memoranda", json("title", "To track two",
                "addressedTo", "NEACD", "submittedOn", "2000-12-01", "recommendations", List.of("R")), "secretariat")
                .firstErrorField()).as("NEACD is track two").isEqualTo("addressedTo");
        Answer memorandum = calls.api(HttpMethod.POST, "/api/v1/study-groups/SG-TEST-1/memoranda", json("title",
                "Recommendations", "addressedTo", "FPT", "submittedOn", "2000-12-01", "recommendations",
                List.of("Exchange budgets.", "Notify exercises.")), "secretariat");
        assertThat(memorandum.status()).as(memorandum.text()).isEqualTo(201);
        long first = memorandum.body().path("memoranda").path(0).path("recommendations").path(0).path("id").asLong();

        String responses = "/api/v1/recommendations/" + first + "/responses";
        assertThat(calls.api(HttpMethod.POST, responses, json("response", "NOTED", "respondedOn", "2001-02-01"),
                "secretariat").status()).isEqualTo(201);
        Answer takenUp = calls.api(HttpMethod.POST, responses, json("response", "TAKEN_UP", "note",
                "Adopted as a measure.", "respondedOn", "2001-06-01"), "secretariat");
        var recommendation = takenUp.body().path("memoranda").path(0).path("recommendations").path(0);
        assertThat(recommendation.path("responses").size()).isEqualTo(2);
        assertThat(recommendation.path("responses").path(1).path("response").asString()).isEqualTo("TAKEN_UP");
        assertThat(calls.api(HttpMethod.POST, responses, json("response", "MAYBE", "respondedOn", "2001-06-01"),
                "secretariat").status()).isEqualTo(400);
        assertThat(calls.api(HttpMethod.POST, responses, json("response", "NOTED"), "secretariat").firstErrorField())
                .isEqualTo("respondedOn");
        assertThat(calls.api(HttpMethod.POST, responses, json("response", "NOTED", "respondedOn", "2001-06-01"),
                "expert").status()).isEqualTo(403);

        Answer page = calls.page("/study-groups/SG-TEST-1", null);
        assertThat(page.text()).contains("Exchange budgets.", "taken up", "Adopted as a measure.", "no response yet");
        Answer form = calls.form("/study-groups/SG-TEST-1/responses", "secretariat", "recommendation",
                Long.toString(first + 1), "response", "DECLINED", "respondedOn", "2001-07-01", "note", "");
        assertThat(form.status()).isEqualTo(302);
        assertThat(calls.page("/study-groups/SG-TEST-1", null).text()).contains("declined");
    }
}
