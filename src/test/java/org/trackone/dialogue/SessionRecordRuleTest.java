package org.trackone.dialogue;

import org.junit.jupiter.api.Test;
import org.trackone.framework.RecordRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackone.dialogue.SessionRecordRule.CHATHAM_HOUSE;
import static org.trackone.dialogue.SessionRecordRule.CLOSED;
import static org.trackone.dialogue.SessionRecordRule.OFF_THE_RECORD;
import static org.trackone.dialogue.SessionRecordRule.ON_THE_RECORD;

/** The record rules of sessions: what they attribute, who reads them, and which a body allows. */
class SessionRecordRuleTest {

    @Test
    void onlyOnTheRecordAttributesAndOnlyOffTheRecordAndClosedAreForAttendees() {
        assertThat(ON_THE_RECORD.attributes()).isTrue();
        assertThat(CHATHAM_HOUSE.attributes()).isFalse();
        assertThat(OFF_THE_RECORD.attributes()).isFalse();
        assertThat(CLOSED.attributes()).isFalse();
        assertThat(ON_THE_RECORD.recordForAttendeesOnly()).isFalse();
        assertThat(CHATHAM_HOUSE.recordForAttendeesOnly()).isFalse();
        assertThat(OFF_THE_RECORD.recordForAttendeesOnly()).isTrue();
        assertThat(CLOSED.recordForAttendeesOnly()).isTrue();
    }

    @Test
    void strictnessGoesFromOnTheRecordToClosed() {
        assertThat(CLOSED.atLeastAsStrictAs(OFF_THE_RECORD)).isTrue();
        assertThat(OFF_THE_RECORD.atLeastAsStrictAs(CHATHAM_HOUSE)).isTrue();
        assertThat(CHATHAM_HOUSE.atLeastAsStrictAs(ON_THE_RECORD)).isTrue();
        assertThat(OFF_THE_RECORD.atLeastAsStrictAs(OFF_THE_RECORD)).isTrue();
        assertThat(CHATHAM_HOUSE.atLeastAsStrictAs(OFF_THE_RECORD)).isFalse();
        assertThat(ON_THE_RECORD.atLeastAsStrictAs(CHATHAM_HOUSE)).isFalse();
        assertThat(OFF_THE_RECORD.atLeastAsStrictAs(CLOSED)).isFalse();
    }

    @Test
    void aBodyOffTheRecordAllowsOnlySessionsOffTheRecordOrClosed() {
        SessionRecordRule least = SessionRecordRule.leastStrictUnder(RecordRule.OFF_THE_RECORD);
        assertThat(least).isEqualTo(OFF_THE_RECORD);
        assertThat(ON_THE_RECORD.atLeastAsStrictAs(least)).isFalse();
        assertThat(CHATHAM_HOUSE.atLeastAsStrictAs(least)).isFalse();
        assertThat(CLOSED.atLeastAsStrictAs(least)).isTrue();
        assertThat(SessionRecordRule.leastStrictUnder(RecordRule.PUBLIC)).isEqualTo(ON_THE_RECORD);
        assertThat(SessionRecordRule.leastStrictUnder(RecordRule.RESTRICTED)).isEqualTo(ON_THE_RECORD);
    }
}
