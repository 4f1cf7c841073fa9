package org.trackone.framework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.framework.internal.FrameworkRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The secretariat's changes to the framework. Each runs in one transaction: it checks
 * every rule first, writes, keeps a revision, and publishes an event; a failed check
 * writes nothing.
 */
@Service
public class FrameworkAdministration {

    static final String RESERVED_CODE = "new";

    private final FrameworkRepository repository;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final List<BodyRuleGuard> ruleGuards;

    FrameworkAdministration(FrameworkRepository repository, ApplicationEventPublisher events, JsonMapper json,
            List<BodyRuleGuard> ruleGuards) {
        this.repository = repository;
        this.events = events;
        this.json = json;
        this.ruleGuards = List.copyOf(ruleGuards);
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Participant createParticipant(ParticipantDetails details, String actor) {
        String code = newCode(details.code());
        Participant participant = participant(code, details);
        unique(code, () -> repository.insertParticipant(participant));
        edited("PARTICIPANT", code, participant, actor);
        return participant;
    }

    @Transactional
    public Participant editParticipant(String code, ParticipantDetails details, String actor) {
        repository.participant(code).orElseThrow(() -> new NotFound("participant", code));
        Participant participant = participant(code, details);
        repository.updateParticipant(participant);
        edited("PARTICIPANT", code, participant, actor);
        return participant;
    }

    @Transactional
    public Format createFormat(FormatDetails details, String actor) {
        String code = newCode(details.code());
        Format format = format(code, details);
        unique(code, () -> repository.insertFormat(format));
        edited("FORMAT", code, format, actor);
        return format;
    }

    @Transactional
    public Format editFormat(String code, FormatDetails details, String actor) {
        repository.format(code).orElseThrow(() -> new NotFound("format", code));
        Format format = format(code, details);
        repository.updateFormat(format);
        edited("FORMAT", code, format, actor);
        return format;
    }

    @Transactional
    public Body createBody(BodyDetails details, String actor) {
        String code = newCode(details.code());
        repository.lockBodyTree();
        Body body = body(code, details);
        unique(code, () -> repository.insertBody(body));
        edited("BODY", code, body, actor);
        return body;
    }

    @Transactional
    public Body editBody(String code, BodyDetails details, String actor) {
        repository.body(code).orElseThrow(() -> new NotFound("body", code));
        repository.lockBodyTree();
        Body before = repository.body(code).orElseThrow(() -> new NotFound("body", code));
        Body body = body(code, details);
        if (body.recordRule() != before.recordRule()) {
            ruleGuards.forEach(guard -> guard.allow(code, body.recordRule()));
        }
        repository.updateBody(body);
        edited("BODY", code, body, actor);
        return body;
    }

    /**
     * Adds the next step to a membership's history. Concurrent changes to one body are
     * serialized by a row lock, so each is checked against the history it follows.
     */
    @Transactional
    public MembershipChange changeMembership(String bodyCode, MembershipChangeRequest request, String actor) {
        repository.body(bodyCode).orElseThrow(() -> new NotFound("body", bodyCode));
        ParticipantCode participant = existingParticipant("participant", required(request.participant()));
        MembershipAction action = required(request.action());
        HistoricalDate effectiveOn = required(request.effectiveOn());
        Membership membership = repository.lockMembership(bodyCode, participant);
        MembershipChange change = membership.next(action, effectiveOn, request.note(), actor, Instant.now(clock));
        repository.insertChange(change);
        events.publishEvent(new MembershipChanged(change));
        return change;
    }

    /** Loads a whole proposal with its proposers and reactions (used for the historical record). */
    @Transactional
    public long recordProposal(Proposal proposal, String actor) {
        for (ParticipantCode proposer : proposal.proposers()) {
            existingParticipant("proposers", proposer.value());
        }
        for (ProposalReaction reaction : proposal.reactions()) {
            existingParticipant("reactions", reaction.participant().value());
        }
        long id = repository.insertProposal(proposal);
        events.publishEvent(new FrameworkEdited("PROPOSAL", Long.toString(id), actor));
        return id;
    }

    /**
     * A code for something new. "new" is refused: {@code /bodies/new} is the page that
     * creates a body, so a body called "new" could never be shown.
     */
    private static String newCode(@Nullable String code) {
        String value = required(code);
        if (value.equalsIgnoreCase(RESERVED_CODE)) {
            throw new RuleViolation("code", "form.code.reserved", value);
        }
        return value;
    }

    /**
     * Inserts, turning a clash on a code into a rule violation. Codes are unique without
     * regard to case, and checked by the database so that two simultaneous creations
     * cannot both succeed.
     */
    private static void unique(String code, Runnable insert) {
        try {
            insert.run();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("code", "validation.code.taken", code);
        }
    }

    private Participant participant(String code, ParticipantDetails details) {
        return new Participant(new ParticipantCode(code), required(details.kind()), required(details.name()).strip(),
                required(details.shortName()).strip(), text(details.description()));
    }

    private Format format(String code, FormatDetails details) {
        Set<ParticipantCode> participants = new LinkedHashSet<>();
        for (String participant : required(details.participants())) {
            if (!participants.add(existingParticipant("participants", participant))) {
                throw new RuleViolation("participants", "validation.duplicate", participant);
            }
        }
        return new Format(code, required(details.name()).strip(), text(details.description()),
                new ArrayList<>(participants));
    }

    private Body body(String code, BodyDetails details) {
        String parent = blankToNull(details.parent());
        if (parent != null) {
            repository.body(parent).orElseThrow(() -> new RuleViolation("parent", "validation.unknown", parent));
            if (createsCycle(code, parent)) {
                throw new RuleViolation("parent", "body.parentCycle", parent);
            }
        }
        String format = blankToNull(details.format());
        if (format != null && repository.format(format).isEmpty()) {
            throw new RuleViolation("format", "validation.unknown", format);
        }
        String host = blankToNull(details.host());
        ParticipantCode hostCode = host == null ? null : existingParticipant("host", host);
        return new Body(code, required(details.name()).strip(), required(details.kind()), parent,
                required(details.track()), required(details.mandate()), required(details.decisionRule()),
                required(details.recordRule()), required(details.status()), format, hostCode, details.convenedOn(),
                text(details.description()));
    }

    /** Whether making {@code parent} the parent of {@code code} would make a body its own ancestor. */
    private boolean createsCycle(String code, String parent) {
        Set<String> seen = new HashSet<>();
        String current = parent;
        while (current != null && seen.add(current)) {
            if (current.equals(code)) {
                return true;
            }
            current = repository.body(current).map(Body::parentCode).orElse(null);
        }
        return false;
    }

    private ParticipantCode existingParticipant(String field, String code) {
        if (!ParticipantCode.PATTERN.matcher(code).matches() || repository.participant(code).isEmpty()) {
            throw new RuleViolation(field, "validation.unknownParticipant", code);
        }
        return new ParticipantCode(code);
    }

    private void edited(String type, String code, Object content, String actor) {
        repository.insertRevision(type, code, json.writeValueAsString(content), actor);
        events.publishEvent(new FrameworkEdited(type, code, actor));
    }

    /** Bean Validation has already rejected nulls; this keeps the compiler and a direct caller honest. */
    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException("required value missing");
        }
        return value;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
