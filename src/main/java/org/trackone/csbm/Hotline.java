package org.trackone.csbm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.access.Account;
import org.trackone.access.Accounts;
import org.trackone.access.Role;
import org.trackone.csbm.internal.HotlineRepository;

/**
 * The hotline between two participating states: a delegate of either ministry sends an
 * urgent message for its own state to another; the addressee acknowledges it, its time
 * recorded; when no acknowledgement comes within the minutes of the rules in force when
 * it was sent, {@link #escalateOverdue} (run by a scheduled job) escalates it to the
 * secretariat. A message is read by the two states and the secretariat only.
 */
@Service
public class Hotline {

    public static final int MAX_MESSAGE = 10_000;

    private final HotlineRepository repository;
    private final Inboxes inbox;
    private final StateDelegates delegates;
    private final Regimes regimes;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    Hotline(HotlineRepository repository, Inboxes inbox, StateDelegates delegates, Regimes regimes,
            Accounts accounts, ApplicationEventPublisher events) {
        this.repository = repository;
        this.inbox = inbox;
        this.delegates = delegates;
        this.regimes = regimes;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * Sends an urgent message for the delegate's own state and delivers it to the addressee.
     *
     * @throws RuleViolation naming the field at fault; nothing is written then
     */
    @Transactional
    public HotlineMessage send(String bodyCode, HotlineMessageInput input, String username) {
        return send(bodyCode, input, username, clock.instant());
    }

    @Transactional
    HotlineMessage send(String bodyCode, HotlineMessageInput input, String username, Instant now) {
        return record(bodyCode, input, delegates.state(bodyCode, username), username, now);
    }

    /** Records a message of {@code state} by {@code username}, whose right to act for it is checked or given. */
    @Transactional
    HotlineMessage record(String bodyCode, HotlineMessageInput input, String state, String username, Instant now) {
        String addressee = Texts.required("addressee", input.addressee());
        delegates.requireParticipating(bodyCode, "addressee", addressee);
        if (addressee.equals(state)) {
            throw new RuleViolation("addressee", "csbm.request.ownState");
        }
        String message = Texts.requiredText("message", input.message(), MAX_MESSAGE);
        Optional<RuleSetVersion> version = regimes.history(bodyCode).inForceOn(LocalDate.ofInstant(now, ZoneOffset.UTC));
        Instant due = version.map(v -> v.rules().hotlineAcknowledgementMinutes())
                .map(minutes -> now.plus(Duration.ofMinutes(minutes))).orElse(null);
        long id = repository.insert(bodyCode, state, addressee, message, username, now,
                version.map(RuleSetVersion::version).orElse(0), due);
        inbox.deliver(ItemKind.HOTLINE_MESSAGE, id, bodyCode, state, List.of(addressee), now);
        events.publishEvent(new HotlineMessageSent(id, bodyCode, state, addressee, now, due));
        return find(id);
    }

    /** The addressee state acknowledges the message; its time is recorded, and the first stands. */
    @Transactional
    public HotlineMessage acknowledge(long id, String username) {
        return acknowledge(id, username, clock.instant());
    }

    @Transactional
    HotlineMessage acknowledge(long id, String username, Instant now) {
        return acknowledge(id, delegates.state(find(id).bodyCode(), username), username, now);
    }

    /** Records the acknowledgement of {@code state} by {@code username}, whose right to act for it is checked or given. */
    @Transactional
    HotlineMessage acknowledge(long id, String state, String username, Instant now) {
        inbox.acknowledge(ItemKind.HOTLINE_MESSAGE, id, List.of(find(id).delivery()), state, username, now);
        return find(id);
    }

    /**
     * Escalates to the secretariat every message still not acknowledged after its due
     * time, once each.
     *
     * @return the messages escalated now
     */
    @Transactional
    public List<HotlineMessage> escalateOverdue() {
        return escalateOverdue(clock.instant());
    }

    @Transactional
    List<HotlineMessage> escalateOverdue(Instant now) {
        List<HotlineMessage> escalated = repository.escalateOverdue(now).stream().map(this::find).toList();
        escalated.forEach(m -> events.publishEvent(new HotlineMessageEscalated(m.id(), m.bodyCode(), m.fromState(),
                m.toState(), now)));
        return escalated;
    }

    /** A message, for the two states and the secretariat. */
    @Transactional(readOnly = true)
    public HotlineMessage message(long id, String username) {
        HotlineMessage message = find(id);
        Account account = account(username);
        if (!(account.role() == Role.SECRETARIAT || (account.role() == Role.DELEGATE
                && (message.fromState().equals(account.participant()) || message.toState().equals(account.participant()))))) {
            throw new AccessDeniedException("Only the two states and the secretariat read a hotline message.");
        }
        return message;
    }

    /** The body's hotline messages the reader may read: all for the secretariat, its own state's for a delegate. */
    @Transactional(readOnly = true)
    public List<HotlineMessage> ofBody(String bodyCode, String username) {
        return repository.ofBody(bodyCode, delegates.bilateralReader(bodyCode, username), false);
    }

    /** The body's escalated messages, newest first: the secretariat's to follow up. */
    @Transactional(readOnly = true)
    public List<HotlineMessage> escalated(String bodyCode, String username) {
        regimes.history(bodyCode);
        if (account(username).role() != Role.SECRETARIAT) {
            throw new AccessDeniedException("Only the secretariat follows up escalated hotline messages.");
        }
        return repository.ofBody(bodyCode, null, true);
    }

    private HotlineMessage find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFound("hotline message", id));
    }

    private Account account(String username) {
        return accounts.find(username).orElseThrow(() -> new AccessDeniedException("No such account."));
    }
}
