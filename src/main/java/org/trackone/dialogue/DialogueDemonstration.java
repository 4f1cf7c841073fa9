package org.trackone.dialogue;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.trackone.DataFiles;
import org.trackone.TrackoneSettings;
import org.trackone.dialogue.internal.MeetingRepository;
import org.trackone.framework.FrameworkDemonstration;

/**
 * Loads the demonstration meetings ({@code demo/dialogue.yaml}) in demo mode, once, after
 * the demonstration framework: a marker row makes a restart skip it, and the whole file
 * loads in one transaction through {@link Meetings}, so it obeys the secretariat's rules.
 */
@Service
public class DialogueDemonstration implements SmartInitializingSingleton {

    static final String SOURCE = "demo/dialogue.yaml";
    static final String ACTOR = "demonstration data";
    private static final Logger log = LoggerFactory.getLogger(DialogueDemonstration.class);

    private final TrackoneSettings settings;
    private final FrameworkDemonstration framework;
    private final Meetings meetings;
    private final StudyGroups studyGroups;
    private final MeetingRepository repository;
    private final TransactionTemplate transactions;
    private volatile boolean done;

    DialogueDemonstration(TrackoneSettings settings, FrameworkDemonstration framework, Meetings meetings,
            StudyGroups studyGroups, MeetingRepository repository, TransactionTemplate transactions) {
        this.studyGroups = studyGroups;
        this.settings = settings;
        this.framework = framework;
        this.meetings = meetings;
        this.repository = repository;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.demo()) {
            ensureLoaded();
        }
    }

    public synchronized void ensureLoaded() {
        if (done) {
            return;
        }
        framework.ensureLoaded();
        // The file is read only when it has not been loaded: a restart parses nothing.
        DataSet loaded = transactions.execute(status -> {
            if (!repository.markDemoLoaded(SOURCE)) {
                return null;
            }
            DataSet data = read();
            data.rules().forEach(r -> meetings.adoptRules(r.toRules(), ACTOR));
            data.meetings().forEach(m -> meetings.schedule(m, ACTOR));
            data.studyGroups().forEach(g -> studyGroups.create(g, ACTOR));
            data.memoranda().forEach(m -> studyGroups.submitMemorandum(m.group(), new MemorandumDetails(m.title(),
                    m.addressedTo(), m.submittedOn(), m.recommendations()), ACTOR));
            return data;
        });
        if (loaded != null) {
            log.info("Loaded the demonstration meetings: {}", loaded.meetings().size());
        }
        done = true;
    }

    static DataSet read() {
        return DataFiles.read(SOURCE, DataSet.class);
    }

    record DataSet(List<RulesEntry> rules, List<MeetingDetails> meetings, List<StudyGroupDetails> studyGroups,
            List<MemorandumEntry> memoranda) {
    }

    record MemorandumEntry(String group, String title, String addressedTo, java.time.LocalDate submittedOn,
            List<String> recommendations) {
    }

    record RulesEntry(String body, @Nullable Integer cadenceMinMonths, @Nullable Integer cadenceMaxMonths,
            int perspectiveDeadlineDays, LatePerspectives latePerspectives) {

        DialogueRules toRules() {
            SeriesCadence cadence = cadenceMinMonths == null || cadenceMaxMonths == null ? null
                    : new SeriesCadence(cadenceMinMonths, cadenceMaxMonths);
            return new DialogueRules(body, cadence, perspectiveDeadlineDays, latePerspectives);
        }
    }
}
