package org.trackone.framework;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.trackone.IntegrationTest;
import org.trackone.TrackoneSettings;
import org.trackone.framework.FrameworkDirectory.ProposalFilter;
import org.trackone.framework.internal.FrameworkRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The demonstration framework as loaded from demo/framework.yaml on first start. */
@IntegrationTest
class DemonstrationFrameworkTest {

    @Autowired FrameworkDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired TrackoneSettings settings;
    @Autowired FrameworkAdministration administration;
    @Autowired FrameworkRepository repository;
    @Autowired TransactionTemplate transactions;

    @Test
    void holdsTheSixStatesAndTheOrganizations() {
        assertThat(directory.participants()).extracting(p -> p.code().value())
                .contains("KOR", "PRK", "USA", "CHN", "JPN", "RUS", "KEDO", "IGCC", "ARF");
        assertThat(directory.participants().stream().filter(p -> p.kind() == ParticipantKind.STATE))
                .extracting(p -> p.code().value()).contains("KOR", "PRK", "USA", "CHN", "JPN", "RUS");
        assertThat(directory.participant("KEDO").kind()).isEqualTo(ParticipantKind.ORGANIZATION);
    }

    @Test
    void holdsTheBodiesAndTheirTree() {
        assertThat(directory.bodies()).extracting(Body::code)
                .contains("NEACD", "NEACD-PREP", "NEACD-LAUNCH", "NEACD-VI", "NEACD-VII", "FPT", "SIX-PARTY", "MAC");
        assertThat(directory.children("NEACD")).extracting(Body::code)
                .contains("NEACD-PREP", "NEACD-LAUNCH", "NEACD-VI", "NEACD-VII");
        assertThat(directory.children("FPT")).hasSize(2);
        assertThat(directory.body("NEACD").track()).isEqualTo(Track.TWO);
        assertThat(directory.body("FPT").formatCode()).isEqualTo("2-plus-2");
        assertThat(directory.body("SIX-PARTY").status()).isEqualTo(BodyStatus.PROPOSED);
        assertThat(directory.formats()).extracting(Format::code)
                .contains("2-plus-2", "2-plus-2-plus-2", "2-plus-4", "five-party");
    }

    @Test
    void northKoreaAttendedThePreparatoryMeetingOnly() {
        assertThat(status("NEACD-PREP", "PRK")).contains(MembershipStatus.MEMBER);
        assertThat(status("NEACD", "PRK")).contains(MembershipStatus.DECLINED);
        assertThat(directory.currentMembers("NEACD")).extracting(m -> m.participant().value())
                .containsExactlyInAnyOrder("KOR", "USA", "CHN", "JPN", "RUS");
    }

    @Test
    void northKoreaAndChinaLeftTheArmisticeCommission() {
        Membership prk = membership("MAC", "PRK");
        assertThat(prk.status()).contains(MembershipStatus.WITHDRAWN);
        assertThat(prk.since()).contains(HistoricalDate.parse("1994-03"));
        assertThat(prk.takesPart()).isFalse();
        assertThat(membership("MAC", "CHN").since()).contains(HistoricalDate.parse("1994-12"));
    }

    @Test
    void holdsTheProposalsWithTheirReactions() {
        List<Proposal> proposals = directory.proposals(ProposalFilter.ALL);
        assertThat(proposals).hasSize(18);
        assertThat(proposals.getFirst().date()).isEqualTo(HistoricalDate.parse("1986-07"));
        Proposal conference = proposals.stream()
                .filter(p -> p.date().equals(HistoricalDate.parse("1988-10"))).findFirst().orElseThrow();
        assertThat(conference.proposers()).containsExactly(new ParticipantCode("KOR"));
        assertThat(conference.scope()).isEqualTo(ProposalScope.REGIONAL);
        assertThat(conference.reactionsOf(new ParticipantCode("USA"))).extracting(ProposalReaction::reaction)
                .containsExactly(Reaction.AMBIVALENT, Reaction.OPPOSED);
        assertThat(conference.reactionsOf(new ParticipantCode("CHN"))).extracting(ProposalReaction::reaction)
                .containsExactly(Reaction.SILENT);
        assertThat(directory.proposals(new ProposalFilter(new ParticipantCode("JPN"), null, null, null)))
                .allSatisfy(p -> assertThat(p.proposers()).contains(new ParticipantCode("JPN")))
                .isNotEmpty();
    }

    @Test
    void loadingAgainChangesNothing() {
        long participants = count("framework_participant");
        long changes = count("framework_membership_change");
        long proposals = count("framework_proposal");
        new FrameworkDemonstration(settings, administration, repository, transactions).ensureLoaded();
        assertThat(count("framework_participant")).isEqualTo(participants);
        assertThat(count("framework_membership_change")).isEqualTo(changes);
        assertThat(count("framework_proposal")).isEqualTo(proposals);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private java.util.Optional<MembershipStatus> status(String body, String participant) {
        return membership(body, participant).status();
    }

    private Membership membership(String body, String participant) {
        return directory.membershipsOfBody(body, Reader.INSIDER).stream()
                .filter(m -> m.participant().value().equals(participant)).findFirst().orElseThrow();
    }
}
