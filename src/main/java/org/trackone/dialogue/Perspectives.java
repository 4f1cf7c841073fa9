package org.trackone.dialogue;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.trackone.ContentTooLarge;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.access.Ministry;
import org.trackone.dialogue.internal.PerspectiveRepository;
import org.trackone.framework.Body;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Membership;
import org.trackone.framework.ParticipantKind;

/**
 * National perspectives: each delegation (a state taking part in the meeting's body)
 * submits one by its foreign ministry and one by its defence ministry. A second
 * submission by the same ministry is the next version. After the deadline the body's
 * rule decides: accepted, accepted and marked late, or refused.
 */
@Service
public class Perspectives {

    public static final int MAX_TEXT = 50_000;
    public static final int MAX_TOPICS = 20;

    private final PerspectiveRepository repository;
    private final Meetings meetings;
    private final FrameworkDirectory framework;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxAttachmentSize;

    Perspectives(PerspectiveRepository repository, Meetings meetings, FrameworkDirectory framework,
            ApplicationEventPublisher events, Optional<Clock> clock,
            @Value("${trackone.dialogue.attachment-max-size:10MB}") DataSize maxAttachmentSize) {
        this.maxAttachmentSize = maxAttachmentSize;
        this.repository = repository;
        this.meetings = meetings;
        this.framework = framework;
        this.events = events;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    /** The states that present perspectives at a meeting: those taking part in its body (or its parent's). */
    @Transactional(readOnly = true)
    public List<String> delegations(Meeting meeting) {
        Body body = framework.body(meeting.bodyCode());
        List<Membership> members = framework.currentMembers(body.code());
        if (members.isEmpty() && body.parentCode() != null) {
            members = framework.currentMembers(body.parentCode());
        }
        return members.stream().map(m -> m.participant().value())
                .filter(code -> framework.findParticipant(code).filter(p -> p.kind() == ParticipantKind.STATE)
                        .isPresent())
                .sorted().toList();
    }

    @Transactional
    public Perspective submit(long meetingId, String participant, Ministry ministry, PerspectiveSubmission submission,
            String actor) {
        return submit(meetingId, participant, ministry, submission, null, actor);
    }

    /**
     * A submission with an optional PDF. The file is checked before anything is written:
     * over the size limit it is refused (413); not a PDF that Apache PDFBox can open, it is
     * refused (422); either refusal names the field {@code attachment}.
     */
    @Transactional
    public Perspective submit(long meetingId, String participant, Ministry ministry, PerspectiveSubmission submission,
            PerspectiveAttachment.@Nullable Upload upload, String actor) {
        Meeting meeting = meetings.meeting(meetingId);
        if (!delegations(meeting).contains(participant)) {
            throw new RuleViolation("participant", "dialogue.perspective.notADelegation", participant);
        }
        String language = required("language", submission.language());
        if (!List.of("en", "ko", "ja", "zh", "ru").contains(language)) {
            throw new RuleViolation("language", "dialogue.perspective.language");
        }
        String text = required("text", submission.text()).strip();
        if (text.length() > MAX_TEXT) {
            throw new RuleViolation("text", "dialogue.perspective.tooLong", MAX_TEXT);
        }
        List<String> topics = topics(submission.topics());
        CheckedAttachment attachment = upload == null ? null : checked(upload);
        Instant now = Instant.now(clock);
        boolean late = false;
        Instant deadline = meeting.perspectiveDeadline();
        if (deadline != null && now.isAfter(deadline)) {
            LatePerspectives rule = meetings.rules(meeting.bodyCode()).latePerspectives();
            if (rule == LatePerspectives.REFUSE) {
                throw new RuleViolation("submittedAt", "dialogue.perspective.afterDeadline", deadline);
            }
            late = rule == LatePerspectives.MARK_LATE;
        }
        repository.lock(meetingId, participant, ministry);
        Optional<Perspective> previous = repository.latest(meetingId, participant, ministry);
        String previousSha256 = previous.map(Perspective::attachment).map(PerspectiveAttachment::sha256).orElse(null);
        if (previous.isPresent() && previous.get().text().equals(text) && previous.get().topics().equals(topics)
                && previous.get().language().equals(language)
                && Objects.equals(previousSha256, attachment == null ? null : attachment.sha256())) {
            throw new RuleViolation("text", "dialogue.perspective.unchanged", previous.get().version());
        }
        Perspective perspective = new Perspective(0, meetingId, participant, ministry,
                previous.map(p -> p.version() + 1).orElse(1), previous.map(Perspective::id).orElse(null), language,
                text, topics, now, actor, late, null);
        long id = repository.insert(perspective);
        if (attachment != null) {
            repository.insertAttachment(id, attachment.fileName(), attachment.sha256(), attachment.content());
        }
        events.publishEvent(new PerspectiveSubmitted(id, meetingId, participant, ministry, perspective.version(), late));
        return repository.perspective(id).orElseThrow();
    }

    /** The latest version of every ministry's perspective for the meeting. */
    @Transactional(readOnly = true)
    public List<Perspective> latest(long meetingId) {
        meetings.meeting(meetingId);
        return repository.latestOfMeeting(meetingId);
    }

    @Transactional(readOnly = true)
    public List<Perspective> versions(long meetingId, String participant, Ministry ministry) {
        return repository.versions(meetingId, participant, ministry);
    }

    @Transactional(readOnly = true)
    public Perspective perspective(long id) {
        return repository.perspective(id).orElseThrow(() -> new NotFound("perspective", id));
    }

    /** The largest PDF a perspective may carry. */
    public DataSize maxAttachmentSize() {
        return maxAttachmentSize;
    }

    /** The PDF submitted with a version of a perspective; not found when it has none. */
    @Transactional(readOnly = true)
    public PerspectiveAttachment.Content attachment(long perspectiveId) {
        Perspective perspective = perspective(perspectiveId);
        PerspectiveAttachment attachment = perspective.attachment();
        if (attachment == null) {
            throw new NotFound("attachment of perspective", perspectiveId);
        }
        return new PerspectiveAttachment.Content(attachment, repository.attachmentContent(perspectiveId).orElseThrow());
    }

    /** How many bytes PDFBox may decode, at most, for each byte of an attachment. */
    private static final long DECODED_PER_BYTE = 20;

    private record CheckedAttachment(String fileName, String sha256, byte[] content) {
    }

    private CheckedAttachment checked(PerspectiveAttachment.Upload upload) {
        byte[] content = upload.content();
        if (content.length > maxAttachmentSize.toBytes()) {
            throw new ContentTooLarge("attachment", "dialogue.attachment.tooLarge", maxAttachmentSize.toMegabytes());
        }
        if (content.length == 0) {
            throw new RuleViolation("attachment", "dialogue.attachment.notPdf");
        }
        // The file comes from outside: what PDFBox decodes from it goes to temporary files, at
        // most a fixed multiple of its size, so a small file that inflates cannot fill the heap.
        MemoryUsageSetting decoding = MemoryUsageSetting.setupTempFileOnly(DECODED_PER_BYTE * content.length);
        try (PDDocument document = Loader.loadPDF(content, "", null, null, decoding.streamCache)) {
            if (document.getNumberOfPages() == 0) {
                throw new RuleViolation("attachment", "dialogue.attachment.notPdf");
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof RuleViolation violation) {
                throw violation;
            }
            // Not a PDF, a damaged or hostile one, or one locked with a password: nobody could read it.
            throw new RuleViolation("attachment", "dialogue.attachment.notPdf");
        }
        return new CheckedAttachment(fileName(upload.fileName()), sha256(content), content);
    }

    /** The name as shown for a download: the last part of the client's path, without control characters. */
    private static String fileName(String given) {
        String name = given.replace('\\', '/');
        // Control and invisible formatting characters (a right-to-left override could disguise
        // the extension) go; the name always ends in .pdf, whatever the client called it.
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        if (name.isEmpty()) {
            return "perspective.pdf";
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Every delegation's two ministries and what each has submitted, missing ones included. */
    @Transactional(readOnly = true)
    public List<SubmissionStatus> status(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        List<Perspective> latest = repository.latestOfMeeting(meetingId);
        List<SubmissionStatus> status = new ArrayList<>();
        for (String participant : delegations(meeting)) {
            for (Ministry ministry : Ministry.values()) {
                status.add(new SubmissionStatus(participant, ministry, latest.stream()
                        .filter(p -> p.participant().equals(participant) && p.ministry() == ministry)
                        .findFirst().orElse(null)));
            }
        }
        return status;
    }

    private static List<String> topics(@Nullable List<String> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_TOPICS) {
            throw new RuleViolation("topics", "dialogue.perspective.tooManyTopics", MAX_TOPICS);
        }
        LinkedHashSet<String> topics = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String topic = given.get(i) == null ? "" : given.get(i).strip();
            if (topic.isEmpty() || topic.length() > 100) {
                throw new RuleViolation("topics[" + i + "]", "dialogue.perspective.topic");
            }
            topics.add(topic);
        }
        return List.copyOf(topics);
    }

    private static <T> T required(String field, @Nullable T value) {
        return Required.value(field, value);
    }
}
