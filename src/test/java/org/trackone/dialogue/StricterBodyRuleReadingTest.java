package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.trackone.IntegrationTest;
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
import static org.trackone.dialogue.DialogueCalls.json;

/**
 * Records are read under the stricter of their session's rule and their body's: a final
 * record of a session on the record, in a public body whose rule was later made off the
 * record (old data: today that change is refused while such a session exists), is read
 * by attendees only, found by no one else's search, and shown without its speakers.
 */
@IntegrationTest
class StricterBodyRuleReadingTest {

    static final String SPEAKER = "Ambassador Yoon Seo-jin";
    static final String WORD = "cormorantfisheries";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Meetings meetings;
    @Autowired Records records;
    @Autowired FrameworkAdministration framework;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    DialogueCalls calls;

    @BeforeEach
    void setUp() {
        calls = new DialogueCalls(mvc, accounts);
    }

    @Test
    void aBodyMadeOffTheRecordLaterKeepsItsOldRecordsForAttendeesAndWithoutSpeakers() {
        framework.createBody(new BodyDetails("READ-LATER", "Workshop read under a later rule", BodyKind.WORKSHOP, null,
                Track.TWO, Mandate.REGIONAL, DecisionRule.NONE, RecordRule.PUBLIC, BodyStatus.ACTIVE, null, null, null,
                ""), "secretariat");
        LocalDate day = LocalDate.of(2406, 6, 8);
        Meeting meeting = meetings.schedule(new MeetingDetails("READ-LATER", MeetingKind.WORKSHOP, null, "Read 2406",
                day, day, "Busan", null, null, null, null, null, List.of(new SessionDetails("Fisheries", day,
                        SessionRecordRule.ON_THE_RECORD, List.of()))), "secretariat");
        records.register(meeting.id(), "expert", null, AttendanceCapacity.EXPERT, "secretariat");
        records.register(meeting.id(), "kor-foreign", "KOR", AttendanceCapacity.OFFICIAL_DELEGATE, "secretariat");
        records.designateRapporteur(meeting.id(), 1, "expert", new RecordReader("secretariat", true));
        Answer started = calls.api(HttpMethod.POST, "/api/v1/meetings/" + meeting.id() + "/records", json("session", 1,
                "statements", List.of(java.util.Map.of("speaker", SPEAKER, "affiliation", "Ministry of Oceans",
                        "text", "The " + WORD + " agreement should be renewed."))), "expert");
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        long recordId = started.body().path("recordId").asLong();
        String record = "/api/v1/records/" + recordId;
        assertThat(calls.api(HttpMethod.POST, record + "/amendment-phase", "{}", "expert").status()).isEqualTo(200);
        assertThat(calls.api(HttpMethod.POST, record + "/amendments", json("text", "Name the year."), "kor-foreign")
                .status()).isEqualTo(201);
        assertThat(calls.api(HttpMethod.POST, record + "/final", "{}", "expert").status()).isEqualTo(200);

        // While the body is public, a final record on the record is everyone's, with its speaker.
        assertThat(calls.api(HttpMethod.GET, record, null, "jpn-foreign").text()).contains(SPEAKER);
        String link = "href=\"/records/" + recordId + "\"";
        assertThat(calls.page("/records?q=" + WORD, null).text()).contains(link);
        assertThat(calls.api(HttpMethod.GET, "/api/v1/records?q=" + WORD, null, "secretariat").body().size())
                .isEqualTo(1);

        // The body goes off the record in a database written before that was refused.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update framework_body set record_rule = 'OFF_THE_RECORD' where code = 'READ-LATER'").update();
            events.publishEvent(new FrameworkEdited("BODY", "READ-LATER", "secretariat"));
        });

        // Now the stricter rule applies: attendees only, whoever else asks, and however.
        for (String outsider : List.of("jpn-foreign", "secretariat", "observer")) {
            assertThat(calls.api(HttpMethod.GET, record, null, outsider).status()).as(outsider).isEqualTo(403);
            assertThat(calls.page(record + "/export", outsider).status()).as(outsider).isEqualTo(403);
            assertThat(calls.api(HttpMethod.GET, "/api/v1/records?q=" + WORD, null, outsider).body().size())
                    .as(outsider).isZero();
            assertThat(calls.api(HttpMethod.GET, "/api/v1/meetings/" + meeting.id() + "/records", null, outsider)
                    .body().size()).as(outsider).isZero();
            assertThat(calls.page("/records/" + recordId, outsider).status()).as(outsider).isEqualTo(403);
            assertThat(calls.page("/meetings/" + meeting.id() + "/records", outsider).text()).as(outsider)
                    .doesNotContain("Record of session 1");
        }
        assertThat(calls.page("/records?q=" + WORD, null).text()).doesNotContain(link);

        // An attendee reads it under the rule that applies: off the record, no speaker, no proposer.
        Answer read = calls.api(HttpMethod.GET, record, null, "kor-foreign");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("recordRule").asString()).isEqualTo("OFF_THE_RECORD");
        assertThat(read.body().path("statements").path(0).has("speaker")).isFalse();
        assertThat(read.body().path("statements").path(0).has("affiliation")).isFalse();
        assertThat(read.text()).doesNotContain(SPEAKER, "Ministry of Oceans");
        assertThat(calls.page(record + "/export", "kor-foreign").text())
                .contains(WORD, "OFF_THE_RECORD").doesNotContain(SPEAKER, "Ministry of Oceans");
        assertThat(calls.api(HttpMethod.GET, "/api/v1/records?q=" + WORD, null, "kor-foreign").text())
                .contains(WORD).doesNotContain(SPEAKER);
        assertThat(calls.api(HttpMethod.GET, record + "/amendments", null, "kor-foreign").text())
                .contains("Name the year.").doesNotContain("kor-foreign");
        assertThat(calls.page("/records/" + recordId, "kor-foreign").text()).contains(WORD, "Off the record")
                .doesNotContain(SPEAKER);
    }
}
