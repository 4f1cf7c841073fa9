package org.trackone.csbm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trackone.framework.BodyDetails;
import org.trackone.framework.BodyKind;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.DecisionRule;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.HistoricalDate;
import org.trackone.framework.Mandate;
import org.trackone.framework.MembershipAction;
import org.trackone.framework.MembershipChangeRequest;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Track;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies of the deadline tests' own, made once each in the application the tests share,
 * with South Korea, Japan and China taking part since 2020: under the full regime in
 * force since then, or under one version stored before the hotline and incident reports
 * had a time (as a database of that time holds it: the rules without those two numbers).
 */
final class DeadlineBodies {

    static final List<String> STATES = List.of("CHN", "JPN", "KOR");
    private static final Set<String> made = new HashSet<>();

    private DeadlineBodies() {
    }

    /** A body under the full regime (version 1, in force since 2020). */
    static synchronized String full(ApplicationContext context, String code) {
        if (made.add(code)) {
            create(context, code);
            context.getBean(Regimes.class).adopt(code, fullRules(), LocalDate.of(2020, 1, 1),
                    LocalDate.of(2019, 12, 31), Instant.now(), "secretariat");
        }
        return code;
    }

    /** A body whose only version, in force since 2020, was stored before the hotline and incident replies had a time. */
    static synchronized String oldRules(ApplicationContext context, String code) {
        if (made.add(code)) {
            create(context, code);
            ObjectNode rules = CsbmCalls.JSON.valueToTree(fullRules());
            rules.remove("hotlineAcknowledgementMinutes");
            rules.remove("incidentReplyHours");
            context.getBean(JdbcClient.class).sql("""
                    insert into csbm_rule_set_version (body_code, version, effective_from, rules, recorded_at, recorded_by)
                    values (?, 1, date '2020-01-01', cast(? as jsonb), now(), 'secretariat')""")
                    .params(code, rules.toString()).update();
        }
        return code;
    }

    static RuleSet fullRules() {
        return RegimeDemonstration.read("csbm/regime-vienna-document-2011.yaml").rules();
    }

    private static void create(ApplicationContext context, String code) {
        FrameworkAdministration administration = context.getBean(FrameworkAdministration.class);
        administration.createBody(new BodyDetails(code, "Deadlines of " + code, BodyKind.FORUM, null, Track.ONE,
                Mandate.REGIONAL, DecisionRule.CONSENSUS, RecordRule.RESTRICTED, BodyStatus.ACTIVE, null, null, null,
                "Made by the tests of deadlines."), "secretariat");
        for (String state : STATES) {
            administration.changeMembership(code, new MembershipChangeRequest(state, MembershipAction.JOIN,
                    HistoricalDate.parse("2020"), null), "secretariat");
        }
    }
}
