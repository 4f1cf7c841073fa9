package org.trackone.csbm;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule set version stored before the hotline had an acknowledgement time stays as it
 * was: its messages never escalate, and the hotline, escalation and rules pages say so
 * plainly, while a body whose rules set the time says nothing of the kind.
 */
@IntegrationTest
class OldRuleVersionsTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Hotline hotline;
    @Autowired Deadlines deadlines;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    @Test
    void underAVersionWithoutAnAcknowledgementTimeNothingEscalatesAndThePagesSaySo() {
        String body = DeadlineBodies.oldRules(context, "CSBM-HOTLINE-OLD");
        Instant sentAt = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        HotlineMessage message = hotline.record(body, new HotlineMessageInput("JPN", "Urgent: please call back."),
                "KOR", "kor-foreign", sentAt);
        assertThat(message.acknowledgementDue()).isNull();
        // Three days unacknowledged, and still not escalated by the check the scheduler runs.
        assertThat(hotline.escalateOverdue(Instant.now())).noneMatch(m -> m.id() == message.id());
        assertThat(hotline.escalated(body, "secretariat")).isEmpty();
        assertThat(deadlines.of(body, "JPN", Instant.now())).noneMatch(d -> d.kind() == DeadlineKind.HOTLINE_ACKNOWLEDGEMENT);

        String said = "Version 1 of the rules, in force now, sets no acknowledgement time: no message is escalated "
                + "to the secretariat until the members adopt a version that does.";
        assertThat(calls().get("/csbm/" + body + "/hotline", CsbmCalls.delegate("jpn-foreign")).hasStatus(200).text())
                .contains("id=\"no-acknowledgement-time\"").contains(said);
        assertThat(calls().get("/csbm/" + body + "/hotline/escalations", CsbmCalls.secretariat()).hasStatus(200).text())
                .contains(said);
        assertThat(calls().get("/csbm/" + body + "/rules", CsbmCalls.delegate("jpn-foreign")).text())
                .contains("this version sets no acknowledgement time");
    }

    @Test
    void underAVersionWithTheTimesThePagesSayNothingOfTheKind() {
        String body = DeadlineBodies.full(context, "CSBM-HOTLINE-FULL");
        assertThat(calls().get("/csbm/" + body + "/hotline", CsbmCalls.delegate("jpn-foreign")).text())
                .doesNotContain("id=\"no-acknowledgement-time\"");
        assertThat(calls().get("/csbm/" + body + "/hotline/escalations", CsbmCalls.secretariat()).text())
                .doesNotContain("id=\"no-acknowledgement-time\"");
        assertThat(calls().get("/csbm/" + body + "/incidents", CsbmCalls.secretariat()).text())
                .doesNotContain("id=\"no-reply-time\"");
        assertThat(calls().get("/csbm/" + body + "/rules", CsbmCalls.secretariat()).text())
                .doesNotContain("this version sets no");
    }
}
