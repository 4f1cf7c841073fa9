package org.trackone.csbm;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.csbm.internal.RegimeRepository;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.RecordRule;

/** Reads and adopts the versions of each body's confidence-building regime. */
@Service
public class Regimes {

    private final RegimeRepository repository;
    private final FrameworkDirectory framework;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, RegimeHistory> histories = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    Regimes(RegimeRepository repository, FrameworkDirectory framework, ApplicationEventPublisher events) {
        this.repository = repository;
        this.framework = framework;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /**
     * Every version of the body's regime; empty when it has none. The body must exist.
     * Histories are few and read on every submission, so they are kept in memory and
     * forgotten when a new version commits; a generation counter keeps a load that raced
     * with an adoption from being kept.
     */
    public RegimeHistory history(String bodyCode) {
        framework.body(bodyCode);
        RegimeHistory cached = histories.get(bodyCode);
        if (cached != null) {
            return cached;
        }
        long started = generation.get();
        RegimeHistory loaded = repository.history(bodyCode);
        if (generation.get() == started) {
            histories.putIfAbsent(bodyCode, loaded);
        }
        return loaded;
    }

    /**
     * The body's regime for a reader: every signed-in account reads the rules of every body;
     * a visitor who has not signed in (username null) those of a body whose record rule is
     * public.
     *
     * @throws AccessDeniedException for a visitor and a body whose record rule is not public
     */
    public RegimeHistory history(String bodyCode, @Nullable String username) {
        RegimeHistory history = history(bodyCode);
        if (username == null && framework.body(bodyCode).recordRule() != RecordRule.PUBLIC) {
            throw new AccessDeniedException("The rules of a body whose record rule is not public are read signed in.");
        }
        return history;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RuleSetAdopted event) {
        generation.incrementAndGet();
        histories.clear();
    }

    /** The version of the body's regime in force today; empty when none is. */
    public Optional<RuleSetVersion> inForceToday(String bodyCode) {
        return history(bodyCode).inForceOn(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    @Transactional(readOnly = true)
    public RuleSetVersion version(String bodyCode, int version) {
        return history(bodyCode).version(version)
                .orElseThrow(() -> new NotFound("version of the regime of " + bodyCode, version));
    }

    /** The codes of the bodies that have a regime. */
    @Transactional(readOnly = true)
    public List<String> bodiesWithRegime() {
        return repository.bodies();
    }

    /**
     * Adopts a new version of the body's regime, taking effect on {@code effectiveFrom}:
     * no earlier than tomorrow, so that no day already judged is judged again.
     */
    @Transactional
    public RuleSetVersion adopt(String bodyCode, RuleSet rules, LocalDate effectiveFrom, String recordedBy) {
        Instant now = clock.instant();
        return adopt(bodyCode, rules, effectiveFrom, LocalDate.ofInstant(now, ZoneOffset.UTC), now, recordedBy);
    }

    /** A version adopted on a day in the past, as the demonstration data records. */
    @Transactional
    RuleSetVersion adopt(String bodyCode, RuleSet rules, LocalDate effectiveFrom, LocalDate adoptedOn, Instant now,
            String recordedBy) {
        framework.body(bodyCode);
        // Versions stored before the hotline and incident replies had a time have none; a new
        // one must, or its hotline messages would never be escalated nor its reports be due.
        if (rules.hotlineAcknowledgementMinutes() == null) {
            throw new RuleViolation("hotlineAcknowledgementMinutes", "csbm.required");
        }
        if (rules.incidentReplyHours() == null) {
            throw new RuleViolation("incidentReplyHours", "csbm.required");
        }
        repository.lock(bodyCode);
        RuleSetVersion version = repository.history(bodyCode).next(rules, effectiveFrom, adoptedOn, now, recordedBy);
        repository.insert(version);
        events.publishEvent(new RuleSetAdopted(bodyCode, version.version(), effectiveFrom, recordedBy));
        return version;
    }
}
