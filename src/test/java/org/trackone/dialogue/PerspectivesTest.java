package org.trackone.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.dialogue.DialogueCalls.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trackone.dialogue.DialogueCalls.json;

/** National perspectives against the real database: submission, versions, deadlines, who is missing, bad input. */
@IntegrationTest
class PerspectivesTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2201);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Meetings meetings;
    @Autowired JdbcClient jdbc;
    DialogueCalls calls;

    @BeforeEach
    void setUp() {
        calls = new DialogueCalls(mvc, accounts);
    }

    private Meeting plenary(String body, @Nullable Instant deadline) {
        LocalDate start = LocalDate.of(YEAR.getAndIncrement(), 4, 7);
        return meetings.schedule(new MeetingDetails(body, body.equals("NEACD") ? MeetingKind.PLENARY
                : MeetingKind.SUB_COMMITTEE_SESSION, null, "Test meeting " + start, start, start.plusDays(1), "Seoul",
                null, null, null, deadline, null, List.of()), "secretariat");
    }

    private Answer submit(Meeting meeting, String account, String language, String text, List<String> topics) {
        return calls.api(HttpMethod.POST, "/api/v1/meetings/" + meeting.id() + "/perspectives",
                json("language", language, "text", text, "topics", topics), account);
    }

    private int stored(Meeting meeting) {
        return jdbc.sql("select count(*) from dialogue_perspective where meeting_id = ?").param(meeting.id())
                .query(Integer.class).single();
    }

    @Test
    void eachMinistrySubmitsAndASecondSubmissionIsTheNextVersion() {
        Meeting meeting = plenary("NEACD", null);
        Answer foreign = submit(meeting, "kor-foreign", "en", "The nuclear question dominated the period.",
                List.of("nuclear programme"));
        assertThat(foreign.status()).as(foreign.text()).isEqualTo(201);
        assertThat(foreign.body().path("participant").asString()).isEqualTo("KOR");
        assertThat(foreign.body().path("ministry").asString()).isEqualTo("FOREIGN_AFFAIRS");
        assertThat(foreign.body().path("version").asInt()).isEqualTo(1);
        assertThat(foreign.body().path("late").asBoolean()).isFalse();
        Answer defence = submit(meeting, "kor-defence", "ko", "한반도의 군사 정세는 안정적이었다.", List.of());
        assertThat(defence.status()).isEqualTo(201);
        assertThat(defence.body().path("ministry").asString()).isEqualTo("DEFENCE");

        Answer second = submit(meeting, "kor-foreign", "en", "The nuclear question and energy dominated the period.",
                List.of("nuclear programme", "energy"));
        assertThat(second.body().path("version").asInt()).isEqualTo(2);
        assertThat(second.body().path("supersedes").asLong()).isEqualTo(foreign.body().path("id").asLong());
        assertThat(stored(meeting)).isEqualTo(3);

        Answer latest = calls.api(HttpMethod.GET, "/api/v1/meetings/" + meeting.id() + "/perspectives", null, "expert");
        assertThat(latest.body().valueStream().map(p -> p.path("version").asInt()).toList()).containsExactlyInAnyOrder(2, 1);

        Answer status = calls.api(HttpMethod.GET, "/api/v1/meetings/" + meeting.id() + "/perspectives/status", null,
                "secretariat");
        assertThat(status.body().valueStream().filter(s -> s.path("missing").asBoolean())
                .map(s -> s.path("participant").asString() + "/" + s.path("ministry").asString()).toList())
                .containsExactlyInAnyOrder("CHN/FOREIGN_AFFAIRS", "CHN/DEFENCE", "JPN/FOREIGN_AFFAIRS", "JPN/DEFENCE",
                        "RUS/FOREIGN_AFFAIRS", "RUS/DEFENCE", "USA/FOREIGN_AFFAIRS", "USA/DEFENCE");
        assertThat(status.body().size()).as("five delegations, North Korea having declined").isEqualTo(10);
    }

    @Test
    void aPerspectiveIsNeverChangedNorDeletedInTheDatabase() {
        Meeting meeting = plenary("NEACD", null);
        long id = submit(meeting, "jpn-foreign", "ja", "地域の安全保障環境は厳しさを増している。", List.of()).body()
                .path("id").asLong();
        assertThatThrownBy(() -> jdbc.sql("update dialogue_perspective set text = 'rewritten' where id = ?").param(id)
                .update()).hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("delete from dialogue_perspective where id = ?").param(id).update())
                .hasMessageContaining("never changed");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        Meeting meeting = plenary("NEACD", null);
        assertThat(submit(meeting, "usa-foreign", "en", "Text.", List.of()).status()).isEqualTo(201);
        assertThat(submit(meeting, "usa-defence", "en", "   ", List.of()).firstErrorField()).isEqualTo("text");
        assertThat(submit(meeting, "usa-defence", "en", "x".repeat(Perspectives.MAX_TEXT + 1), List.of())
                .firstErrorField()).isEqualTo("text");
        assertThat(submit(meeting, "usa-defence", "de", "Text.", List.of()).firstErrorField()).isEqualTo("language");
        assertThat(submit(meeting, "usa-defence", "en", "Text.", List.of(" ")).firstErrorField()).startsWith("topics");
        Answer unchanged = submit(meeting, "usa-foreign", "en", "Text.", List.of());
        assertThat(unchanged.status()).isEqualTo(422);
        assertThat(unchanged.firstErrorField()).isEqualTo("text");
        Answer stranger = submit(meeting, "prk-foreign", "en", "Text.", List.of());
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.firstErrorField()).isEqualTo("participant");
        assertThat(submit(meeting, "expert", "en", "Text.", List.of()).status()).isEqualTo(403);
        assertThat(calls.api(HttpMethod.GET, "/api/v1/meetings/" + meeting.id() + "/perspectives", null, "observer")
                .status()).isEqualTo(403);
        assertThat(calls.api(HttpMethod.GET, "/api/v1/meetings/" + meeting.id() + "/perspectives/status", null,
                "kor-foreign").status()).isEqualTo(403);
        assertThat(stored(meeting)).isEqualTo(1);
    }

    @Test
    void afterTheDeadlineTheBodysRuleDecides() {
        Instant past = Instant.parse("2000-01-01T00:00:00Z");
        Meeting neacd = plenary("NEACD", past);
        Answer late = submit(neacd, "chn-foreign", "zh", "半岛局势总体稳定。", List.of());
        assertThat(late.status()).isEqualTo(201);
        assertThat(late.body().path("late").asBoolean()).as("NEACD marks late perspectives").isTrue();

        Meeting subCommittee = plenary("FPT-PEACE", past);
        Answer refused = submit(subCommittee, "chn-foreign", "zh", "半岛局势总体稳定。", List.of());
        assertThat(refused.status()).as("the Four-Party Talks refuse them, and their sub-committees follow").isEqualTo(422);
        assertThat(refused.firstErrorField()).isEqualTo("submittedAt");
        assertThat(stored(subCommittee)).isZero();
    }

    @Test
    void theDelegationUsesThePageAndTheSecretariatSeesWhoIsMissing() {
        Meeting meeting = plenary("NEACD", null);
        String path = "/meetings/" + meeting.id() + "/perspectives";
        assertThat(calls.page(path, "rus-defence").text()).contains("Perspective of Russia, Defence", "Submit the perspective");
        Answer empty = calls.form(path, "rus-defence", "language", "ru", "text", "", "topics", "");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.text()).contains("Nothing has been saved");
        assertThat(stored(meeting)).isZero();
        Answer saved = calls.form(path, "rus-defence", "language", "ru", "text",
                "Военная обстановка в регионе остаётся напряжённой.", "topics", "военные учения\nбезопасность на море");
        assertThat(saved.status()).isEqualTo(302);
        Answer page = calls.page(path, "secretariat");
        assertThat(page.text()).contains("Who has submitted", "missing", "Военная обстановка", "военные учения");
        assertThat(page.text()).doesNotContain("Submit the perspective");
        assertThat(calls.page(path, "observer").status()).isEqualTo(403);
        assertThat(calls.page(path, null).redirect()).contains("/sign-in");
    }

    @Test
    void onlyTheDelegationsOfTheBodysStatesReadAMeetingsPreparatoryWork() {
        Meeting fourParty = plenary("FPT", null);
        submit(fourParty, "kor-foreign", "en", "The armistice should give way to a peace regime.", List.of());
        String meeting = "/api/v1/meetings/" + fourParty.id();
        for (String path : List.of(meeting + "/perspectives", meeting + "/overlap", meeting + "/analysis-assignments",
                meeting + "/analyses")) {
            assertThat(calls.api(HttpMethod.GET, path, null, "usa-defence").status()).as(path).isEqualTo(200);
            assertThat(calls.api(HttpMethod.GET, path, null, "secretariat").status()).as(path).isEqualTo(200);
            assertThat(calls.api(HttpMethod.GET, path, null, "jpn-foreign").status()).as(path).isEqualTo(403);
            assertThat(calls.api(HttpMethod.GET, path, null, "observer").status()).as(path).isEqualTo(403);
        }
        long perspective = calls.api(HttpMethod.GET, meeting + "/perspectives", null, "kor-defence").body()
                .path(0).path("id").asLong();
        assertThat(calls.api(HttpMethod.GET, meeting + "/perspectives/" + perspective, null, "rus-defence").status())
                .isEqualTo(403);
        for (String page : List.of("/meetings/" + fourParty.id() + "/perspectives",
                "/meetings/" + fourParty.id() + "/overlap")) {
            assertThat(calls.page(page, "chn-foreign").status()).as(page).isEqualTo(200);
            assertThat(calls.page(page, "jpn-defence").status()).as(page).isEqualTo(403);
        }
    }
}
