package org.trackone.dialogue;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.access.Accounts;
import org.trackone.access.Role;
import org.trackone.dialogue.internal.AssignmentRepository;
import org.trackone.dialogue.internal.OverlapDetector;
import org.trackone.dialogue.internal.TopicCatalogueSource;

/**
 * The overlap report of a meeting (the topics that recur across its latest perspectives)
 * and the secretariat's assignments of those topics to experts' analyses.
 */
@Service
public class Overlaps {

    private final Perspectives perspectives;
    private final Meetings meetings;
    private final OverlapDetector detector;
    private final TopicCatalogueSource catalogue;
    private final AssignmentRepository assignments;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    Overlaps(Perspectives perspectives, Meetings meetings, OverlapDetector detector, TopicCatalogueSource catalogue,
            AssignmentRepository assignments, Accounts accounts, ApplicationEventPublisher events) {
        this.perspectives = perspectives;
        this.meetings = meetings;
        this.detector = detector;
        this.catalogue = catalogue;
        this.assignments = assignments;
        this.accounts = accounts;
        this.events = events;
    }

    /** The report over the latest version of each perspective; coverage keys are perspective ids. */
    @Transactional(readOnly = true)
    public OverlapReport report(long meetingId) {
        List<OverlapDetector.Text> texts = perspectives.latest(meetingId).stream()
                .map(p -> new OverlapDetector.Text(Long.toString(p.id()), p.language(), p.text(), p.topics()))
                .toList();
        return detector.detect(texts, catalogue.catalogue());
    }

    public TopicCatalogue catalogue() {
        return catalogue.catalogue();
    }

    @Transactional(readOnly = true)
    public List<AnalysisAssignment> assignments(long meetingId) {
        meetings.meeting(meetingId);
        return assignments.ofMeeting(meetingId);
    }

    @Transactional
    public AnalysisAssignment assign(long meetingId, @Nullable String topic, @Nullable String expert,
            @Nullable String note, String actor) {
        meetings.meeting(meetingId);
        if (topic == null || catalogue.catalogue().topics().stream().noneMatch(t -> t.id().equals(topic))) {
            throw new RuleViolation("topic", "dialogue.assignment.unknownTopic", String.valueOf(topic));
        }
        if (expert == null || accounts.find(expert).filter(a -> a.role() == Role.EXPERT).isEmpty()) {
            throw new RuleViolation("expert", "dialogue.assignment.notAnExpert", String.valueOf(expert));
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 1000 || text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
                && c != '\t')) {
            throw new RuleViolation("note", "dialogue.assignment.note");
        }
        long id = assignments.insert(meetingId, topic, expert, text, actor);
        if (id < 0) {
            throw new RuleViolation("expert", "dialogue.assignment.duplicate", expert);
        }
        events.publishEvent(new TopicAssigned(id, meetingId, topic, expert));
        return assignments.ofMeeting(meetingId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** The latest analysis of each assignment of the meeting. */
    @Transactional(readOnly = true)
    public List<ExpertAnalysis> analyses(long meetingId) {
        meetings.meeting(meetingId);
        return assignments.analyses(meetingId);
    }

    /** The assigned expert submits (or resubmits, as the next version) an analysis of the topic. */
    @Transactional
    public ExpertAnalysis submitAnalysis(long meetingId, long assignmentId, @Nullable String text, String actor) {
        AnalysisAssignment assignment = assignments(meetingId).stream().filter(a -> a.id() == assignmentId)
                .findFirst().orElseThrow(() -> new NotFound("assignment", assignmentId));
        if (!assignment.expert().equals(actor)) {
            throw new org.springframework.security.access.AccessDeniedException("assigned to another expert");
        }
        String analysis = text == null ? "" : text.strip();
        if (analysis.isEmpty() || analysis.length() > Perspectives.MAX_TEXT) {
            throw new RuleViolation("text", "dialogue.perspective.tooLong", Perspectives.MAX_TEXT);
        }
        assignments.lockAssignment(assignmentId);
        long id = assignments.insertAnalysis(assignmentId, analysis, actor);
        return assignments.analyses(meetingId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }
}
