package org.trackone.framework;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.trackone.DataFiles;
import org.trackone.TrackoneSettings;
import org.trackone.framework.internal.FrameworkRepository;

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
        // The file is read only when it has not been loaded: a restart parses nothing.
        DataSet loaded = transactions.execute(status -> {
            if (!repository.markDemoLoaded(SOURCE)) {
                return null;
            }
            DataSet data = read();
            load(data);
            return data;
        });
        if (loaded != null) {
            log.info("Loaded the demonstration framework: {} participants, {} bodies, {} proposals",
                    loaded.participants().size(), loaded.bodies().size(), loaded.proposals().size());
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
        return DataFiles.read(SOURCE, DataSet.class);
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
