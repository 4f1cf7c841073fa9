package org.trackone.dialogue;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.trackone.RuleViolation;
import org.trackone.dialogue.internal.MeetingRepository;
import org.trackone.framework.BodyRuleGuard;
import org.trackone.framework.RecordRule;

/**
 * A body's record rule may not become stricter than sessions it already holds: a body
 * taken off the record while one of its sessions is on the record would leave records
 * that name speakers in a body that promised not to. The secretariat first changes or
 * closes those sessions.
 */
@Component
class SessionRulesGuard implements BodyRuleGuard {

    private final MeetingRepository meetings;

    SessionRulesGuard(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public void allow(String bodyCode, RecordRule recordRule) {
        // The lock meetings take while they are scheduled or changed: none is half-written now.
        meetings.lockBody(bodyCode);
        SessionRecordRule leastStrict = SessionRecordRule.leastStrictUnder(recordRule);
        List<SessionRecordRule> laxer = Arrays.stream(SessionRecordRule.values())
                .filter(rule -> !rule.atLeastAsStrictAs(leastStrict)).toList();
        long sessions = laxer.isEmpty() ? 0 : meetings.sessionsWithRules(bodyCode, laxer);
        if (sessions > 0) {
            throw new RuleViolation("recordRule", "dialogue.body.laxerSessions", sessions,
                    new DefaultMessageSourceResolvable("sessionRecordRule." + leastStrict.name()));
        }
    }
}
