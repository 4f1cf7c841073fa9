package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.access.Ministry;
import org.trackone.dialogue.DialogueCalls.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackone.dialogue.DialogueCalls.json;

/** The overlap report over real submitted perspectives, and the secretariat assigning a topic to an expert. */
@IntegrationTest
class OverlapTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Meetings meetings;
    @Autowired Perspectives perspectives;
    DialogueCalls calls;

    @BeforeEach
    void setUp() {
        calls = new DialogueCalls(mvc, accounts);
    }

    private Meeting meetingWithPerspectives(int year) {
        LocalDate start = LocalDate.of(year, 5, 11);
        Meeting meeting = meetings.schedule(new MeetingDetails("NEACD", MeetingKind.PLENARY, null, "Overlap " + year,
                start, start.plusDays(1), "Tokyo", null, null, null, null, null, List.of()), "secretariat");
        submit(meeting, "KOR", Ministry.FOREIGN_AFFAIRS, "ko",
                "북한의 핵 개발은 가장 큰 위협이다. 핵 동결이 지켜져야 한다.");
        submit(meeting, "JPN", Ministry.DEFENCE, "ja", "核開発の凍結は続いている。過去の核活動の解明が必要である。");
        submit(meeting, "RUS", Ministry.FOREIGN_AFFAIRS, "ru",
                "Ядерная программа вызывает беспокойство. Россия поддерживает ядерное разоружение.");
        submit(meeting, "CHN", Ministry.FOREIGN_AFFAIRS, "zh", "地区经济合作不断扩大，贸易增长迅速。");
        return meeting;
    }

    private void submit(Meeting meeting, String participant, Ministry ministry, String language, String text) {
        perspectives.submit(meeting.id(), participant, ministry, new PerspectiveSubmission(language, text, List.of()),
                participant.toLowerCase() + "-test");
    }

    @Test
    void theReportNamesTheRecurringTopicItsPerspectivesAndPassages() {
        Meeting meeting = meetingWithPerspectives(2301);
        Answer report = calls.api(HttpMethod.GET, "/api/v1/meetings/" + meeting.id() + "/overlap", null, "expert");
        assertThat(report.status()).as(report.text()).isEqualTo(200);
        assertThat(report.body().path("perspectives").asInt()).isEqualTo(4);
        assertThat(report.body().path("threshold").asInt()).isEqualTo(2);
        var nuclear = report.body().path("overlapping").path(0);
        assertThat(nuclear.path("topic").asString()).isEqualTo("nuclear");
        assertThat(nuclear.path("coverage").size()).isEqualTo(3);
        assertThat(nuclear.path("coverage").valueStream().flatMap(c -> c.path("passages").valueStream())
                .map(p -> p.asString()).toList()).contains("북한의 핵 개발은 가장 큰 위협이다.",
                "Ядерная программа вызывает беспокойство.");
        assertThat(calls.api(HttpMethod.GET, "/api/v1/meetings/" + meeting.id() + "/overlap", null, "observer")
                .status()).isEqualTo(403);

        Answer page = calls.page("/meetings/" + meeting.id() + "/overlap", "secretariat");
        assertThat(page.text()).contains("The nuclear programme on the peninsula", "in 3 of 4 perspectives",
                "核開発の凍結は続いている。", "Assign to an expert");
        assertThat(calls.page("/meetings/" + meeting.id() + "/overlap", "kor-foreign").text())
                .doesNotContain("Assign to an expert");
    }

    @Test
    void theSecretariatAssignsATopicToAnExpertOnceAndBadAssignmentsAreRefused() {
        Meeting meeting = meetingWithPerspectives(2302);
        String path = "/api/v1/meetings/" + meeting.id() + "/analysis-assignments";
        Answer assigned = calls.api(HttpMethod.POST, path, json("topic", "nuclear", "expert", "expert", "note",
                "What is common to the four perspectives"), "secretariat");
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
        assertThat(calls.api(HttpMethod.POST, path, json("topic", "nuclear", "expert", "expert"), "secretariat")
                .firstErrorField()).isEqualTo("expert");
        assertThat(calls.api(HttpMethod.POST, path, json("topic", "weather", "expert", "expert"), "secretariat")
                .firstErrorField()).isEqualTo("topic");
        assertThat(calls.api(HttpMethod.POST, path, json("topic", "energy", "expert", "observer"), "secretariat")
                .firstErrorField()).isEqualTo("expert");
        assertThat(calls.api(HttpMethod.POST, path, json("topic", "energy", "expert", "expert"), "kor-foreign")
                .status()).isEqualTo(403);
        Answer list = calls.api(HttpMethod.GET, path, null, "expert");
        assertThat(list.body().size()).isEqualTo(1);

        Answer form = calls.form("/meetings/" + meeting.id() + "/overlap/assignments", "secretariat", "topic",
                "economy", "expert", "expert", "note", "");
        assertThat(form.status()).isEqualTo(302);
        Answer refused = calls.form("/meetings/" + meeting.id() + "/overlap/assignments", "secretariat", "topic",
                "economy", "expert", "nobody", "note", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("nobody is not an expert");
        assertThat(calls.api(HttpMethod.GET, path, null, "expert").body().size()).isEqualTo(2);

        long assignment = assigned.body().path("id").asLong();
        String analyses = path + "/" + assignment + "/analyses";
        assertThat(calls.api(HttpMethod.POST, analyses, json("text", "The four share the nuclear question."),
                "expert").status()).isEqualTo(201);
        Answer second = calls.api(HttpMethod.POST, analyses, json("text", "The four share the nuclear question; "
                + "only two see it as urgent."), "expert");
        assertThat(second.body().path("version").asInt()).isEqualTo(2);
        assertThat(calls.api(HttpMethod.POST, analyses, json("text", " "), "expert").firstErrorField()).isEqualTo("text");
        assertThat(calls.api(HttpMethod.POST, analyses, json("text", "Mine."), "kor-foreign").status()).isEqualTo(403);
        Answer latest = calls.api(HttpMethod.GET, "/api/v1/meetings/" + meeting.id() + "/analyses", null, "kor-foreign");
        assertThat(latest.body().path(0).path("text").asString()).contains("only two see it as urgent");
        Answer page = calls.page("/meetings/" + meeting.id() + "/overlap", "expert");
        assertThat(page.text()).contains("Analysis, version 2", "Submit the analysis");
        assertThat(calls.form("/meetings/" + meeting.id() + "/overlap/analyses", "expert", "assignment",
                Long.toString(assignment), "text", "Third thoughts.").status()).isEqualTo(302);
    }
}
