package org.trackone.framework;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trackone.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trackone.framework.MembershipAction.DECLINE;
import static org.trackone.framework.MembershipAction.INVITE;
import static org.trackone.framework.MembershipAction.JOIN;
import static org.trackone.framework.MembershipAction.OBSERVE;
import static org.trackone.framework.MembershipAction.SUSPEND;
import static org.trackone.framework.MembershipAction.WITHDRAW;

class MembershipTest {

    private static final ParticipantCode PRK = new ParticipantCode("PRK");

    private Membership apply(Membership membership, MembershipAction action, String date) {
        return membership.with(membership.next(action, HistoricalDate.parse(date), "", "test", Instant.EPOCH));
    }

    private Membership history(Object... actionsAndDates) {
        Membership membership = Membership.none("MAC", PRK);
        for (int i = 0; i < actionsAndDates.length; i += 2) {
            membership = apply(membership, (MembershipAction) actionsAndDates[i], (String) actionsAndDates[i + 1]);
        }
        return membership;
    }

    @Test
    void aWithdrawnMemberDoesNotTakePartUntilItRejoins() {
        Membership withdrawn = history(JOIN, "1953-07", WITHDRAW, "1994-03");
        assertThat(withdrawn.takesPart()).isFalse();
        assertThat(withdrawn.status()).contains(MembershipStatus.WITHDRAWN);

        Membership rejoined = apply(withdrawn, JOIN, "2001-01");
        assertThat(rejoined.takesPart()).isTrue();
        assertThat(rejoined.changes()).hasSize(3);
    }

    @Test
    void aStateThatDeclinedMayJoinLater() {
        Membership joined = history(INVITE, "1993-07", DECLINE, "1993-11", JOIN, "1998-05");
        assertThat(joined.status()).contains(MembershipStatus.MEMBER);
    }

    @Test
    void aSuspendedMemberDoesNotTakePartAndMayBeReinstated() {
        Membership suspended = history(JOIN, "1990", SUSPEND, "1995");
        assertThat(suspended.takesPart()).isFalse();
        assertThat(apply(suspended, JOIN, "1996").takesPart()).isTrue();
    }

    @Test
    void observersTakePart() {
        assertThat(history(OBSERVE, "1997").takesPart()).isTrue();
    }

    @Test
    void noMembershipMeansNotTakingPart() {
        assertThat(Membership.none("MAC", PRK).takesPart()).isFalse();
        assertThat(Membership.none("MAC", PRK).status()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MembershipAction.class, names = {"DECLINE", "SUSPEND", "WITHDRAW"})
    void someChangesCannotComeFirst(MembershipAction action) {
        assertThatThrownBy(() -> history(action, "1993"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("action");
                    assertThat(e.messageCode()).isEqualTo("membership.notAllowedFirst");
                });
    }

    @Test
    void aWithdrawnMemberCannotBeSuspendedOrWithdrawAgain() {
        Membership withdrawn = history(JOIN, "1953-07", WITHDRAW, "1994-03");
        assertThatThrownBy(() -> apply(withdrawn, SUSPEND, "1995"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageCode()).isEqualTo("membership.notAllowedAfter"));
        assertThatThrownBy(() -> apply(withdrawn, WITHDRAW, "1995")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aMemberCannotDeclineOrJoinTwice() {
        Membership member = history(JOIN, "1993");
        assertThatThrownBy(() -> apply(member, DECLINE, "1994")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> apply(member, JOIN, "1994")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aChangeCannotTakeEffectBeforeTheLatestOne() {
        Membership member = history(JOIN, "1997-12-09");
        assertThatThrownBy(() -> apply(member, WITHDRAW, "1997-12-08"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("effectiveOn"));
        assertThat(apply(member, WITHDRAW, "1997-12-09").status()).contains(MembershipStatus.WITHDRAWN);
    }

    @Test
    void anOverlongNoteIsRefused() {
        Membership membership = Membership.none("MAC", PRK);
        String note = "x".repeat(Membership.MAX_NOTE_LENGTH + 1);
        assertThatThrownBy(() -> membership.next(JOIN, HistoricalDate.parse("1990"), note, "test", Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("note"));
    }

    @Test
    void theStatusOnADayFollowsTheHistory() {
        Membership membership = history(JOIN, "1953-07", WITHDRAW, "1994-03");
        assertThat(membership.statusOn(LocalDate.of(1950, 1, 1))).isEmpty();
        assertThat(membership.statusOn(LocalDate.of(1990, 1, 1))).contains(MembershipStatus.MEMBER);
        assertThat(membership.statusOn(LocalDate.of(1994, 3, 1))).contains(MembershipStatus.WITHDRAWN);
    }

    @Test
    void eachChangeIsNumberedInOrder() {
        Membership membership = history(INVITE, "1993-07", DECLINE, "1993-11");
        assertThat(membership.changes()).extracting(MembershipChange::sequence).containsExactly(1, 2);
        assertThat(membership.changes()).extracting(MembershipChange::statusAfter)
                .containsExactly(MembershipStatus.INVITED, MembershipStatus.DECLINED);
    }
}
