package org.trackone.csbm;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.trackone.DataFiles;
import org.trackone.TrackoneSettings;
import org.trackone.csbm.internal.RegimeRepository;
import org.trackone.framework.FrameworkDemonstration;

/**
 * Loads the demonstration's rule sets in demo mode, once, after the demonstration
 * framework: the stage-1 regime of the Northeast Asian demonstration, then the full
 * regime modelled on the Vienna Document 2011 as its later version, then the illustrative
 * submissions of {@link SubmissionDemonstration} and the illustrative risk reduction of
 * {@link RiskReductionDemonstration}. Each file goes through the same rules as
 * the secretariat's edits, adopted on the day it names.
 */
@Service
public class RegimeDemonstration implements SmartInitializingSingleton {

    static final List<String> SOURCES = List.of("csbm/regime-stage-1.yaml", "csbm/regime-vienna-document-2011.yaml");
    static final String ACTOR = "demonstration data";
    private static final Logger log = LoggerFactory.getLogger(RegimeDemonstration.class);

    private final TrackoneSettings settings;
    private final FrameworkDemonstration framework;
    private final Regimes regimes;
    private final RegimeRepository repository;
    private final TransactionTemplate transactions;
    private final SubmissionDemonstration submissions;
    private final RiskReductionDemonstration riskReduction;

    RegimeDemonstration(TrackoneSettings settings, FrameworkDemonstration framework, Regimes regimes,
            RegimeRepository repository, TransactionTemplate transactions, SubmissionDemonstration submissions,
            RiskReductionDemonstration riskReduction) {
        this.settings = settings;
        this.riskReduction = riskReduction;
        this.submissions = submissions;
        this.framework = framework;
        this.regimes = regimes;
        this.repository = repository;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.demo()) {
            framework.ensureLoaded();
            SOURCES.forEach(this::load);
            transactions.executeWithoutResult(status -> submissions.load());
            transactions.executeWithoutResult(status -> riskReduction.load());
        }
    }

    private void load(String source) {
        transactions.executeWithoutResult(status -> {
            if (repository.markDemoLoaded(source)) {
                RuleSetFile file = read(source);
                regimes.adopt(file.body(), file.rules(), file.effectiveFrom(), file.adoptedOn(),
                        file.adoptedOn().atStartOfDay().toInstant(ZoneOffset.UTC), ACTOR);
                log.info("Loaded the rule set {} for {}", file.rules().name(), file.body());
            }
        });
    }

    static RuleSetFile read(String source) {
        return DataFiles.read(source, RuleSetFile.class);
    }

    /** A rule set as a data file gives it: for which body, adopted when, in force from when. */
    record RuleSetFile(String body, LocalDate adoptedOn, LocalDate effectiveFrom, RuleSet rules) {
    }
}
