package org.trackone.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.trackone.TrackoneSettings;
import org.trackone.framework.internal.FrameworkRepository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the demonstration framework ({@code demo/framework.yaml}, built from the
 * historical record) in demo mode, once: a marker row makes a restart skip it, and the
 * whole file loads in one transaction or not at all. Every item goes through
 * {@link FrameworkAdministration}, so the data file obeys the same rules as the
 * secretariat.
 */
@Service
public class FrameworkDemonstration implements SmartInitializingSingleton {

    static final String SOURCE = "demo/framework.yaml";
    static final String ACTOR = "demonstration data";
    private static final Logger log = LoggerFactory.getLogger(FrameworkDemonstration.class);

    private final TrackoneSettings settings;
    private final FrameworkAdministration administration;
    private final FrameworkRepository repository;
    private final TransactionTemplate transactions;
    private volatile boolean done;

    FrameworkDemonstration(TrackoneSettings settings, FrameworkAdministration administration,
            FrameworkRepository repository, TransactionTemplate transactions) {
        this.settings = settings;
        this.administration = administration;
        this.repository = repository;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.demo()) {
            ensureLoaded();
        }
    }

    /** Loads the demonstration framework unless it is already there. Safe to call again. */
    public synchronized void ensureLoaded() {
        if (done) {
            return;
        }
        DataSet data = read();
        Boolean loaded = transactions.execute(status -> {
            if (!repository.markDemoLoaded(SOURCE)) {
                return false;
            }
            load(data);
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Loaded the demonstration framework: {} participants, {} bodies, {} proposals",
                    data.participants().size(), data.bodies().size(), data.proposals().size());
        }
        done = true;
    }

    private void load(DataSet data) {
        data.participants().forEach(p -> administration.createParticipant(p, ACTOR));
        data.formats().forEach(f -> administration.createFormat(f, ACTOR));
        data.bodies().forEach(b -> administration.createBody(b, ACTOR));
        for (MembershipHistory membership : data.memberships()) {
            for (Step step : membership.changes()) {
                administration.changeMembership(membership.body(),
                        new MembershipChangeRequest(membership.participant(), step.action(), step.on(), step.note()),
                        ACTOR);
            }
        }
        for (ProposalEntry entry : data.proposals()) {
            administration.recordProposal(entry.toProposal(), ACTOR);
        }
    }

    static DataSet read() {
        YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
            return yaml.readValue(in, DataSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SOURCE, e);
        }
    }

    record DataSet(List<ParticipantDetails> participants, List<FormatDetails> formats, List<BodyDetails> bodies,
            List<MembershipHistory> memberships, List<ProposalEntry> proposals) {
    }

    record MembershipHistory(String body, String participant, List<Step> changes) {
    }

    record Step(MembershipAction action, HistoricalDate on, @Nullable String note) {
    }

    record ProposalEntry(HistoricalDate date, @Nullable HistoricalDate until, List<ParticipantCode> proposers,
            @Nullable String proposedBy, String venue, String title, ProposalScope scope, String summary,
            @Nullable String outcome, List<ProposalReaction> reactions) {

        Proposal toProposal() {
            return new Proposal(0, date, until, proposers, proposedBy, venue, title, scope, summary, outcome,
                    reactions.stream().map(r -> new ProposalReaction(r.participant(), r.reaction(),
                            r.note() == null ? "" : r.note())).toList());
        }
    }
}
