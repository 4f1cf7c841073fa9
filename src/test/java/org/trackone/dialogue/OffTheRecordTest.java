package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.trackone.IntegrationTest;
import org.trackone.RuleViolation;
import org.trackone.dialogue.DialogueCalls.Answer;
import org.trackone.framework.BodyDetails;
import org.trackone.framework.BodyKind;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.DecisionRule;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.FrameworkEdited;
import org.trackone.framework.Mandate;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trackone.dialogue.DialogueCalls.json;

/**
 * The flow of an off-the-record session's record, from draft to final, with every attempt
 * to attribute a statement refused; then every answer, export, search result and log line
 * of the flow (SQL with its parameters included), and the database, are searched for the
 * speaker's name and affiliation, and none holds them.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OffTheRecordTest {

    static final String SPEAKER = "General Park Ji-won";
    static final String AFFILIATION = "Joint Chiefs of Staff Directorate";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Meetings meetings;
    @Autowired Records records;
    @Autowired JdbcClient jdbc;
    @Autowired LoggingSystem logging;
    DialogueCalls calls;
    final List<Answer> answers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        calls = new DialogueCalls(mvc, accounts);
        // Log as much as there is: the platform's own logs, the web layer, and every SQL statement with its values.
        logging.setLogLevel("org.trackone", LogLevel.TRACE);
        logging.setLogLevel("org.springframework.web", LogLevel.DEBUG);
        logging.setLogLevel("org.springframework.jdbc.core", LogLevel.TRACE);
    }

    @AfterEach
    void quiet() {
        logging.setLogLevel("org.trackone", LogLevel.WARN);
        logging.setLogLevel("org.springframework.web", null);
        logging.setLogLevel("org.springframework.jdbc.core", null);
    }

    private Meeting meeting(int year) {
        LocalDate day = LocalDate.of(year, 6, 8);
        // A restricted body: its sessions may be on the record, and this meeting has one of each.
        Meeting meeting = meetings.schedule(new MeetingDetails("FPT", MeetingKind.WORKSHOP, null,
                "Records " + year, day, day, "Seoul", null, null, null, null, null, List.of(
                        new SessionDetails("Mutual reassurance", day, SessionRecordRule.OFF_THE_RECORD, List.of()),
                        new SessionDetails("Public summary", day, SessionRecordRule.ON_THE_RECORD, List.of()))),
                "secretariat");
        register(meeting, "expert", null, "EXPERT");
        register(meeting, "kor-foreign", "KOR", "OFFICIAL_DELEGATE");
        for (int session = 1; session <= 2; session++) {
            Answer designated = call(HttpMethod.PUT, "/api/v1/meetings/" + meeting.id() + "/sessions/" + session
                    + "/rapporteur", json("username", "expert"), "secretariat");
            assertThat(designated.status()).as(designated.text()).isEqualTo(200);
        }
        return meeting;
    }

    private void register(Meeting meeting, String username, String participant, String capacity) {
        // A restricted body's meeting registers invited persons only.
        Answer invited = call(HttpMethod.POST, "/api/v1/meetings/" + meeting.id() + "/invitations",
                json("username", username, "participant", participant, "capacity", capacity), "secretariat");
        assertThat(invited.status()).as(invited.text()).isEqualTo(201);
        Answer registered = call(HttpMethod.POST, "/api/v1/meetings/" + meeting.id() + "/attendance",
                json("username", username, "participant", participant, "capacity", capacity), "secretariat");
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    }

    private Answer call(HttpMethod method, String path, String body, String account) {
        Answer answer = calls.api(method, path, body, account);
        answers.add(answer);
        return answer;
    }

    private static String statements(Object... speakerAffiliationText) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < speakerAffiliationText.length; i += 3) {
            Map<String, Object> s = new java.util.HashMap<>();
            s.put("speaker", speakerAffiliationText[i]);
            s.put("affiliation", speakerAffiliationText[i + 1]);
            s.put("text", speakerAffiliationText[i + 2]);
            list.add(s);
        }
        return DialogueCalls.JSON.writeValueAsString(list);
    }

    @Test
    void anOffTheRecordRecordNeverHoldsTheSpeakerNorTheAffiliation(CapturedOutput output) {
        Meeting meeting = meeting(2401);
        String records = "/api/v1/meetings/" + meeting.id() + "/records";

        Answer named = call(HttpMethod.POST, records, "{\"session\":1,\"statements\":"
                + statements(SPEAKER, AFFILIATION, "Notification of exercises should come first.") + "}", "expert");
        assertThat(named.status()).isEqualTo(422);
        assertThat(named.firstErrorField()).isEqualTo("statements[0].speaker");
        Answer affiliated = call(HttpMethod.POST, records, "{\"session\":1,\"statements\":"
                + statements(null, AFFILIATION, "Notification of exercises should come first.") + "}", "expert");
        assertThat(affiliated.firstErrorField()).isEqualTo("statements[0].affiliation");
        // A name too long to store is refused like any other name here, never quoted back.
        Answer tooLong = call(HttpMethod.POST, records, "{\"session\":1,\"statements\":"
                + statements(SPEAKER.repeat(20), null, "Notification of exercises should come first.") + "}", "expert");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.firstErrorField()).isEqualTo("statements[0].speaker");

        Answer draft = call(HttpMethod.POST, records, "{\"session\":1,\"statements\":" + statements(null, null,
                "One participant said that notification of exercises should come first.", null, null,
                "Another answered that reassurance needs transparency of budgets.") + "}", "expert");
        assertThat(draft.status()).as(draft.text()).isEqualTo(201);
        long id = draft.body().path("recordId").asLong();
        String record = "/api/v1/records/" + id;
        assertThat(call(HttpMethod.PUT, record, "{\"statements\":" + statements(SPEAKER, null, "Rewritten.") + "}",
                "expert").status()).isEqualTo(422);
        assertThat(call(HttpMethod.GET, record, null, "kor-foreign").status()).as("a draft is the rapporteur's")
                .isEqualTo(403);
        assertThat(call(HttpMethod.POST, record + "/amendment-phase", "{}", "kor-foreign").status()).isEqualTo(403);
        assertThat(call(HttpMethod.POST, record + "/amendment-phase", "{}", "expert").body().path("status").asString())
                .isEqualTo("AMENDMENT");

        assertThat(call(HttpMethod.GET, record, null, "kor-foreign").status()).isEqualTo(200);
        Answer amendment = call(HttpMethod.POST, record + "/amendments", json("text",
                "Say that reassurance needs transparency of defence budgets."), "kor-foreign");
        assertThat(amendment.status()).isEqualTo(201);
        // Who proposed what would tell who said what: the proposer is neither stored nor shown, to anyone.
        assertThat(amendment.body().has("proposedBy")).isFalse();
        assertThat(amendment.text()).doesNotContain("kor-foreign");
        for (String reader : List.of("expert", "kor-foreign")) {
            Answer amendments = call(HttpMethod.GET, record + "/amendments", null, reader);
            assertThat(amendments.body().path(0).path("text").asString()).startsWith("Say that reassurance");
            assertThat(amendments.text()).doesNotContain("kor-foreign");
        }
        assertThat(calls.page("/records/" + id, "expert").text()).contains("Say that reassurance")
                .doesNotContain("kor-foreign");
        assertThat(jdbc.sql("select count(*) from dialogue_record_amendment where record_id = ? and proposed_by is not null")
                .param(id).query(Integer.class).single()).isZero();
        assertThat(call(HttpMethod.POST, record + "/amendments", json("text", "Mine too."), "jpn-foreign").status())
                .as("not an attendee").isEqualTo(403);
        assertThat(call(HttpMethod.GET, record, null, "jpn-foreign").status()).isEqualTo(403);
        Answer revised = call(HttpMethod.PUT, record, "{\"statements\":" + statements(null, null,
                "One participant said that notification of exercises should come first.", null, null,
                "Another answered that reassurance needs transparency of defence budgets.") + "}", "expert");
        assertThat(revised.body().path("version").asInt()).isEqualTo(3);
        Answer finalRecord = call(HttpMethod.POST, record + "/final", "{}", "expert");
        assertThat(finalRecord.body().path("status").asString()).isEqualTo("FINAL");

        Answer afterFinal = call(HttpMethod.PUT, record, "{\"statements\":" + statements(null, null, "Late.") + "}",
                "expert");
        assertThat(afterFinal.status()).isEqualTo(422);
        assertThat(afterFinal.firstErrorField()).isEqualTo("status");
        assertThat(call(HttpMethod.POST, record + "/amendments", json("text", "Late."), "kor-foreign").status())
                .isEqualTo(422);

        Answer export = calls.page(record + "/export", "kor-foreign");
        answers.add(export);
        assertThat(export.contentType()).startsWith("text/plain");
        assertThat(export.text()).contains("- Another answered that reassurance needs transparency of defence budgets.");
        Answer found = call(HttpMethod.GET, "/api/v1/records?q=reassurance transparency", null, "kor-foreign");
        assertThat(found.body().valueStream().map(r -> r.path("recordId").asLong()).toList()).contains(id);
        Answer notForOthers = call(HttpMethod.GET, "/api/v1/records?q=reassurance transparency", null,
                "jpn-foreign");
        assertThat(notForOthers.body().valueStream().map(r -> r.path("recordId").asLong()).toList())
                .doesNotContain(id);
        assertThat(call(HttpMethod.GET, "/api/v1/meetings/" + meeting.id() + "/attendance", null, "jpn-foreign")
                .status()).as("the attendance list is for attendees").isEqualTo(403);
        call(HttpMethod.GET, "/api/v1/meetings/" + meeting.id() + "/records", null, "kor-foreign");
        call(HttpMethod.GET, record + "/amendments", null, "kor-foreign");

        for (Answer answer : answers) {
            assertThat(answer.text()).doesNotContain(SPEAKER).doesNotContain(AFFILIATION).doesNotContain("Park Ji-won");
        }
        assertThat(output.getAll()).as("the logs of the flow").contains("dialogue_record_statement")
                .doesNotContain(SPEAKER).doesNotContain(AFFILIATION);
        String everything = jdbc.sql("""
                select coalesce(string_agg(t, ' '), '') from (
                  select concat_ws(' ', speaker, affiliation, text) as t from dialogue_record_statement
                  union all select body from dialogue_record_version
                  union all select text from dialogue_record_amendment
                  union all select search::text from dialogue_record_current
                  union all select serialized_event from event_publication) all_text""")
                .query(String.class).single();
        assertThat(everything).doesNotContain(SPEAKER).doesNotContain(AFFILIATION);
    }

    @Test
    void onTheRecordStatementsKeepTheirSpeakerAndTheDatabaseRefusesAnyElsewhere() {
        Meeting meeting = meeting(2402);
        Answer onRecord = calls.api(HttpMethod.POST, "/api/v1/meetings/" + meeting.id() + "/records",
                "{\"session\":2,\"statements\":" + statements("Ambassador Lee", "Republic of Korea",
                        "The dialogue will meet again in seven months.") + "}", "expert");
        assertThat(onRecord.status()).as(onRecord.text()).isEqualTo(201);
        assertThat(onRecord.body().path("statements").path(0).path("speaker").asString()).isEqualTo("Ambassador Lee");
        assertThat(onRecord.body().path("statements").path(0).path("affiliation").asString())
                .isEqualTo("Republic of Korea");

        long offRecord = calls.api(HttpMethod.POST, "/api/v1/meetings/" + meeting.id() + "/records",
                "{\"session\":1,\"statements\":" + statements(null, null, "Said without a name.") + "}", "expert")
                .body().path("recordId").asLong();
        long version = jdbc.sql("select id from dialogue_record_version where record_id = ?").param(offRecord)
                .query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("insert into dialogue_record_statement (version_id, position, speaker, text) "
                + "values (?, 99, 'Someone', 'x')").param(version).update()).hasMessageContaining("no speaker");
        assertThat(calls.api(HttpMethod.GET, "/api/v1/records/" + offRecord, null, "observer").status())
                .isEqualTo(403);
        assertThatThrownBy(() -> jdbc.sql("insert into dialogue_record_amendment (record_id, version_id, proposed_by, "
                + "text) values (?, ?, 'Someone', 'x')").params(offRecord, version).update())
                .hasMessageContaining("no proposer");

        // On the record, an amendment keeps its proposer.
        String onRecordPath = "/api/v1/records/" + onRecord.body().path("recordId").asLong();
        calls.api(HttpMethod.POST, onRecordPath + "/amendment-phase", "{}", "expert");
        Answer named = calls.api(HttpMethod.POST, onRecordPath + "/amendments", json("text", "Say eight months."),
                "kor-foreign");
        assertThat(named.status()).as(named.text()).isEqualTo(201);
        assertThat(named.body().path("proposedBy").asString()).isEqualTo("kor-foreign");
        assertThat(calls.page(onRecordPath.replace("/api/v1", ""), "expert").text())
                .contains("proposed by kor-foreign:");
    }

    @Test
    void aSessionWithARecordKeepsItsRuleAndCannotBeRemoved() {
        Meeting meeting = meeting(2403);
        calls.api(HttpMethod.POST, "/api/v1/meetings/" + meeting.id() + "/records",
                "{\"session\":1,\"statements\":" + statements(null, null, "Kept.") + "}", "expert");
        String day = meeting.startsOn().toString();
        Answer onTheRecordNow = calls.api(HttpMethod.PUT, "/api/v1/meetings/" + meeting.id(), json("body", "FPT",
                "kind", "WORKSHOP", "title", meeting.title(), "startsOn", day, "endsOn", day, "venue", "Seoul",
                "sessions", List.of(Map.of("title", "Mutual reassurance", "heldOn", day, "recordRule", "ON_THE_RECORD"),
                        Map.of("title", "Public summary", "heldOn", day, "recordRule", "ON_THE_RECORD"))),
                "secretariat");
        assertThat(onTheRecordNow.status()).isEqualTo(422);
        assertThat(onTheRecordNow.firstErrorField()).isEqualTo("sessions[0].recordRule");
        Answer removed = calls.api(HttpMethod.PUT, "/api/v1/meetings/" + meeting.id(), json("body", "FPT",
                "kind", "WORKSHOP", "title", meeting.title(), "startsOn", day, "endsOn", day, "venue", "Seoul",
                "sessions", List.of()), "secretariat");
        assertThat(removed.firstErrorField()).isEqualTo("sessions");
    }
    @Autowired FrameworkAdministration framework;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    @Test
    void aBodyThatGoesOffTheRecordLaterTakesTheSpeakersOutOfItsSessionsOnTheRecord() {
        BodyDetails body = new BodyDetails("LATER-OFF", "Workshop that goes off the record", BodyKind.WORKSHOP, null,
                Track.TWO, Mandate.REGIONAL, DecisionRule.NONE, RecordRule.PUBLIC, BodyStatus.ACTIVE, null, null, null,
                "");
        framework.createBody(body, "secretariat");
        LocalDate day = LocalDate.of(2404, 6, 8);
        Meeting meeting = meetings.schedule(new MeetingDetails("LATER-OFF", MeetingKind.WORKSHOP, null, "Later 2404",
                day, day, "Seoul", null, null, null, null, null, List.of(new SessionDetails("Summary", day,
                        SessionRecordRule.ON_THE_RECORD, List.of()))), "secretariat");
        records.register(meeting.id(), "expert", null, AttendanceCapacity.EXPERT, "secretariat");
        records.register(meeting.id(), "kor-foreign", "KOR", AttendanceCapacity.OFFICIAL_DELEGATE, "secretariat");
        records.designateRapporteur(meeting.id(), 1, "expert", new RecordReader("secretariat", true));
        Answer named = calls.api(HttpMethod.POST, "/api/v1/meetings/" + meeting.id() + "/records",
                "{\"session\":1,\"statements\":" + statements("Ambassador Lee", null, "Said on the record.") + "}",
                "expert");
        assertThat(named.status()).as(named.text()).isEqualTo(201);
        String record = "/api/v1/records/" + named.body().path("recordId").asLong();

        // Today the body cannot be taken off the record while it holds a session on the record;
        // a database written before that check can hold such a body, which this sets up.
        assertThatThrownBy(() -> framework.editBody("LATER-OFF", new BodyDetails("LATER-OFF", body.name(),
                body.kind(), null, body.track(), body.mandate(), body.decisionRule(), RecordRule.OFF_THE_RECORD,
                body.status(), null, null, null, ""), "secretariat"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("recordRule"));
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update framework_body set record_rule = 'OFF_THE_RECORD' where code = 'LATER-OFF'").update();
            events.publishEvent(new FrameworkEdited("BODY", "LATER-OFF", "secretariat"));
        });
        Answer stillNamed = calls.api(HttpMethod.PUT, record, "{\"statements\":" + statements("Ambassador Lee", null,
                "Said on the record.") + "}", "expert");
        assertThat(stillNamed.status()).as("the body's stricter rule applies").isEqualTo(422);
        assertThat(stillNamed.firstErrorField()).isEqualTo("statements[0].speaker");
        assertThat(calls.api(HttpMethod.PUT, record, "{\"statements\":" + statements(null, null,
                "Said without a name now.") + "}", "expert").status()).isEqualTo(200);
        calls.api(HttpMethod.POST, record + "/amendment-phase", "{}", "expert");
        Answer amendment = calls.api(HttpMethod.POST, record + "/amendments", json("text", "Add a date."),
                "kor-foreign");
        assertThat(amendment.status()).isEqualTo(201);
        assertThat(amendment.body().has("proposedBy")).isFalse();
    }
}
