package org.trackone.framework;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trackone.IntegrationTest;
import org.trackone.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Membership changes are kept as history and published through the event publication registry. */
@IntegrationTest
class MembershipEventsTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Autowired FrameworkAdministration administration;
    @Autowired FrameworkDirectory directory;
    @Autowired JdbcClient jdbc;

    private String newBody() {
        String code = "EV-" + COUNTER.incrementAndGet();
        administration.createBody(new BodyDetails(code, "Events body " + code, BodyKind.WORKSHOP, null, Track.TWO,
                Mandate.REGIONAL, DecisionRule.NONE, RecordRule.PUBLIC, BodyStatus.ACTIVE, null, null, null, ""), "test");
        return code;
    }

    @Test
    void aChangeIsStoredPublishedAndVisibleAtOnce() {
        String body = newBody();
        long before = publications("MembershipChanged");
        administration.changeMembership(body,
                new MembershipChangeRequest("JPN", MembershipAction.JOIN, HistoricalDate.parse("1999-01"), "founding"),
                "test");

        assertThat(directory.currentMembers(body)).extracting(m -> m.participant().value()).containsExactly("JPN");
        assertThat(publications("MembershipChanged")).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                select count(*) from event_publication
                where event_type like '%MembershipChanged' and completion_date is null""")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRefusedChangeWritesNothingAndPublishesNothing() {
        String body = newBody();
        administration.changeMembership(body,
                new MembershipChangeRequest("JPN", MembershipAction.JOIN, HistoricalDate.parse("1999-05"), ""), "test");
        long publications = publications("MembershipChanged");
        long changes = jdbc.sql("select count(*) from framework_membership_change").query(Long.class).single();

        assertThatThrownBy(() -> administration.changeMembership(body,
                new MembershipChangeRequest("JPN", MembershipAction.WITHDRAW, HistoricalDate.parse("1999-04"), ""),
                "test"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("effectiveOn"));
        assertThatThrownBy(() -> administration.changeMembership(body,
                new MembershipChangeRequest("ZZZ", MembershipAction.JOIN, HistoricalDate.parse("1999-06"), ""), "test"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("participant"));

        assertThat(publications("MembershipChanged")).isEqualTo(publications);
        assertThat(jdbc.sql("select count(*) from framework_membership_change").query(Long.class).single())
                .isEqualTo(changes);
    }

    @Test
    void historyIsNeverOverwritten() {
        String body = newBody();
        for (var step : new Object[][] {{MembershipAction.JOIN, "1990"}, {MembershipAction.SUSPEND, "1991"},
                {MembershipAction.WITHDRAW, "1992"}, {MembershipAction.JOIN, "1995"}}) {
            administration.changeMembership(body, new MembershipChangeRequest("RUS", (MembershipAction) step[0],
                    HistoricalDate.parse((String) step[1]), ""), "test");
        }
        Membership membership = directory.membershipsOfBody(body, Reader.INSIDER).getFirst();
        assertThat(membership.changes()).extracting(MembershipChange::statusAfter).containsExactly(
                MembershipStatus.MEMBER, MembershipStatus.SUSPENDED, MembershipStatus.WITHDRAWN, MembershipStatus.MEMBER);
    }

    @Test
    void editsKeepEveryRevision() {
        String body = newBody();
        administration.editBody(body, new BodyDetails(body, "Renamed " + body, BodyKind.WORKSHOP, null, Track.TWO,
                Mandate.REGIONAL, DecisionRule.NONE, RecordRule.PUBLIC, BodyStatus.ACTIVE, null, null, null, ""), "test");
        assertThat(directory.revisions("BODY", body)).hasSize(2)
                .first().satisfies(r -> assertThat(r.content()).contains("Renamed"));
        assertThat(directory.body(body).name()).isEqualTo("Renamed " + body);
    }

    private long publications(String type) {
        return jdbc.sql("select count(*) from event_publication where event_type like ?").param("%" + type)
                .query(Long.class).single();
    }
}
