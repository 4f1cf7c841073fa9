package org.trackone.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.trackone.NotFound;
import org.trackone.ResultPage;
import org.trackone.ResultPage.PageRequest;
import org.trackone.framework.internal.FrameworkRepository;

/**
 * Reads the framework: participants, bodies, formats, memberships and proposals.
 *
 * <p>The whole framework is small (dozens of bodies, not millions) and read on every
 * page, so it is held as one immutable snapshot, reloaded after any change commits.
 * A generation counter keeps a load that raced with a change from being kept.
 */
@Service
public class FrameworkDirectory {

    private final FrameworkRepository repository;
    private final AtomicReference<@Nullable Snapshot> snapshot = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    FrameworkDirectory(FrameworkRepository repository) {
        this.repository = repository;
    }

    public List<Participant> participants() {
        return snapshot().participants();
    }

    public ResultPage<Participant> participants(@Nullable ParticipantKind kind, PageRequest page) {
        return ResultPage.of(participants().stream().filter(p -> kind == null || p.kind() == kind).toList(), page);
    }

    public Participant participant(String code) {
        return findParticipant(code).orElseThrow(() -> new NotFound("participant", code));
    }

    public Optional<Participant> findParticipant(String code) {
        return Optional.ofNullable(snapshot().participantsByCode().get(code));
    }

    /** Every participant by its code, for writing lists of participants. */
    public Map<ParticipantCode, Participant> participantsByCode() {
        return snapshot().participantsByParticipantCode();
    }

    public List<Body> bodies() {
        return snapshot().bodies();
    }

    public ResultPage<Body> bodies(BodyFilter filter, PageRequest page) {
        return ResultPage.of(bodies().stream().filter(filter::matches).toList(), page);
    }

    public Body body(String code) {
        return findBody(code).orElseThrow(() -> new NotFound("body", code));
    }

    public Optional<Body> findBody(String code) {
        return bodies().stream().filter(b -> b.code().equals(code)).findFirst();
    }

    public List<Body> children(String code) {
        return bodies().stream().filter(b -> code.equals(b.parentCode())).toList();
    }

    public List<Format> formats() {
        return snapshot().formats();
    }

    public Format format(String code) {
        return findFormat(code).orElseThrow(() -> new NotFound("format", code));
    }

    public Optional<Format> findFormat(String code) {
        return formats().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** Every membership of a body with its history, notes withheld where the reader may not see them. */
    public List<Membership> membershipsOfBody(String bodyCode, Reader reader) {
        Body body = body(bodyCode);
        return snapshot().memberships().stream()
                .filter(m -> m.bodyCode().equals(bodyCode))
                .map(m -> asSeenBy(reader, body, m))
                .toList();
    }

    /** The memberships that take part now (members and observers). */
    public List<Membership> currentMembers(String bodyCode) {
        return snapshot().memberships().stream()
                .filter(m -> m.bodyCode().equals(bodyCode) && m.takesPart())
                .toList();
    }

    public List<Membership> membershipsOfParticipant(String participantCode, Reader reader) {
        participant(participantCode);
        return snapshot().memberships().stream()
                .filter(m -> m.participant().value().equals(participantCode))
                .map(m -> asSeenBy(reader, body(m.bodyCode()), m))
                .toList();
    }

    public List<Proposal> proposals(ProposalFilter filter) {
        return snapshot().proposals().stream().filter(filter::matches).toList();
    }

    public Proposal proposal(long id) {
        return snapshot().proposals().stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("proposal", id));
    }

    /** Earlier versions of a participant, body or format, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> revisions(String subjectType, String subjectCode) {
        return repository.revisions(subjectType, subjectCode);
    }

    /**
     * A number that changes whenever the framework does, so that views derived from it
     * (a rendered overview) know when to derive again.
     */
    public long version() {
        return generation.get();
    }

    @TransactionalEventListener
    void on(FrameworkEdited event) {
        invalidate();
    }

    @TransactionalEventListener
    void on(MembershipChanged event) {
        invalidate();
    }

    void invalidate() {
        generation.incrementAndGet();
        snapshot.set(null);
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot.get();
        if (current != null) {
            return current;
        }
        long started = generation.get();
        Snapshot loaded = load();
        if (generation.get() == started) {
            snapshot.compareAndSet(null, loaded);
        }
        return loaded;
    }

    private Snapshot load() {
        return new Snapshot(repository.participants(), repository.bodies(), repository.formats(),
                repository.memberships(), repository.proposals());
    }

    /**
     * A membership as a reader may see it: the notes only where the body's record rule
     * lets the reader read them, and the accounts that recorded the changes only for
     * insiders (account names are half of what a password guess needs).
     */
    private static Membership asSeenBy(Reader reader, Body body, Membership membership) {
        boolean notes = reader.readsNotesOf(body);
        if (notes && reader.insider()) {
            return membership;
        }
        return new Membership(membership.bodyCode(), membership.participant(), membership.changes().stream()
                .map(c -> new MembershipChange(c.bodyCode(), c.participant(), c.sequence(), c.action(), c.statusAfter(),
                        c.effectiveOn(), notes ? c.note() : "", c.recordedAt(), reader.insider() ? c.recordedBy() : ""))
                .toList());
    }

    private record Snapshot(List<Participant> participants, List<Body> bodies, List<Format> formats,
            List<Membership> memberships, List<Proposal> proposals) {

        Map<String, Participant> participantsByCode() {
            return participants.stream().collect(Collectors.toMap(p -> p.code().value(), Function.identity()));
        }

        Map<ParticipantCode, Participant> participantsByParticipantCode() {
            return participants.stream().collect(Collectors.toMap(Participant::code, Function.identity()));
        }
    }

    /** Bodies by track, mandate, record rule and status; null matches anything. */
    public record BodyFilter(@Nullable Track track, @Nullable Mandate mandate, @Nullable RecordRule recordRule,
            @Nullable BodyStatus status) {

        boolean matches(Body body) {
            return (track == null || body.track() == track) && (mandate == null || body.mandate() == mandate)
                    && (recordRule == null || body.recordRule() == recordRule)
                    && (status == null || body.status() == status);
        }
    }

    /** Proposals by proposer, scope and years; null matches anything. */
    public record ProposalFilter(@Nullable ParticipantCode proposer, @Nullable ProposalScope scope,
            @Nullable Integer fromYear, @Nullable Integer toYear) {

        public static final ProposalFilter ALL = new ProposalFilter(null, null, null, null);

        boolean matches(Proposal proposal) {
            int year = proposal.date().date().getYear();
            return (proposer == null || proposal.proposers().contains(proposer))
                    && (scope == null || proposal.scope() == scope)
                    && (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
        }
    }

}
