package org.trackone.csbm;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.access.Account;
import org.trackone.access.Accounts;
import org.trackone.access.Ministry;
import org.trackone.access.Role;
import org.trackone.csbm.internal.ExchangeRepository;

/**
 * The annual exchange of military information. A state's defence-ministry delegates
 * prepare a draft that only their own state's delegates see; submitting it makes it final
 * and visible to every participating state and the secretariat (and to everyone when the
 * body's record rule is public); a correction is a new
 * version that keeps the old one. Timeliness is judged against the due day of the rules
 * in force when that year's exchange was fixed.
 */
@Service
public class AnnualExchanges {

    public static final int FIRST_YEAR = 1990;

    private final ExchangeRepository repository;
    private final Regimes regimes;
    private final PriorNotifications notifications;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Inboxes inboxes;
    private final Clock clock = Clock.systemUTC();

    AnnualExchanges(ExchangeRepository repository, Regimes regimes, PriorNotifications notifications,
            Accounts accounts, ApplicationEventPublisher events, Inboxes inboxes) {
        this.repository = repository;
        this.inboxes = inboxes;
        this.regimes = regimes;
        this.notifications = notifications;
        this.accounts = accounts;
        this.events = events;
    }

    /** The latest year an exchange may be prepared for: the next one. */
    public int lastYear() {
        return LocalDate.now(clock).getYear() + 1;
    }

    /** Saves the state's draft for a year, replacing the one saved before. */
    @Transactional
    public ExchangeDraft saveDraft(String bodyCode, String state, int year, @Nullable MilitaryInformation information,
            String username) {
        requireFiler(bodyCode, state, username);
        checkYear(year);
        ExchangeDraft draft = new ExchangeDraft(bodyCode, state, year, required(information), username,
                clock.instant());
        repository.saveDraft(draft);
        return draft;
    }

    /** The state's draft for a year, for its own delegates only. */
    @Transactional(readOnly = true)
    public Optional<ExchangeDraft> draft(String bodyCode, String state, int year, String username) {
        requireOwnState(bodyCode, state, username);
        return repository.draft(bodyCode, state, year);
    }

    @Transactional(readOnly = true)
    public List<ExchangeDraft> drafts(String bodyCode, @Nullable String username) {
        if (username == null) {
            return List.of();
        }
        Account account = account(username);
        if (account.role() != Role.DELEGATE || account.participant() == null) {
            return List.of();
        }
        return repository.drafts(bodyCode, account.participant());
    }

    /**
     * Submits the state's exchange for a year: final once done.
     *
     * @param corrects the version this one corrects; must be the latest when there is one, null when there is none
     * @throws RuleViolation naming {@code corrects} for a second submission that is not a correction
     */
    @Transactional
    public InformationExchange submit(String bodyCode, String state, int year,
            @Nullable MilitaryInformation information, @Nullable Integer corrects, String username) {
        return submit(bodyCode, state, year, information, corrects, username, clock.instant());
    }

    @Transactional
    InformationExchange submit(String bodyCode, String state, int year, @Nullable MilitaryInformation information,
            @Nullable Integer corrects, String username, Instant now) {
        requireFiler(bodyCode, state, username);
        return record(bodyCode, state, year, information, corrects, username, now);
    }

    /** Records a submission by {@code actor}, whose right to file for the state has been checked or is given. */
    @Transactional
    InformationExchange record(String bodyCode, String state, int year, @Nullable MilitaryInformation information,
            @Nullable Integer corrects, String username, Instant now) {
        if (!notifications.participatingStates(bodyCode).contains(state)) {
            throw new RuleViolation("state", "csbm.notification.notParticipating", bodyCode);
        }
        checkYear(year);
        MilitaryInformation checked = required(information);
        repository.lock(bodyCode, state, year);
        List<InformationExchange> versions = repository.versions(bodyCode, state, year);
        Corrections.check(versions.isEmpty() ? 0 : versions.getLast().version(), corrects);
        Optional<LocalDate> due = regimes.history(bodyCode).exchangeDue(year);
        LocalDate submittedOn = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long daysLate = versions.isEmpty() ? due.map(d -> Math.max(0, ChronoUnit.DAYS.between(d, submittedOn)))
                .orElse(0L) : versions.getFirst().daysLate();
        int version = versions.size() + 1;
        long id = repository.insert(bodyCode, state, year, version, corrects, checked, username, now,
                due.orElse(null), daysLate);
        repository.deleteDraft(bodyCode, state, year);
        inboxes.deliver(ItemKind.ANNUAL_EXCHANGE, id, bodyCode, state, inboxes.everyOtherState(bodyCode, state), now);
        events.publishEvent(new ExchangeSubmitted(id, bodyCode, state, year, version, now, daysLate));
        return repository.versions(bodyCode, state, year).getLast();
    }

    /** Submits the draft saved for the year. */
    @Transactional
    public InformationExchange submitDraft(String bodyCode, String state, int year, @Nullable Integer corrects,
            String username) {
        requireFiler(bodyCode, state, username);
        ExchangeDraft draft = repository.draft(bodyCode, state, year)
                .orElseThrow(() -> new NotFound("draft exchange of " + state + " for", year));
        return submit(bodyCode, state, year, draft.information(), corrects, username);
    }

    /**
     * Every submitted version for a state and year, oldest first; for the secretariat and
     * participating states, and for everyone when the body's record rule is public.
     */
    @Transactional(readOnly = true)
    public List<InformationExchange> versions(String bodyCode, String state, int year, @Nullable String username) {
        requireReader(bodyCode, username);
        List<InformationExchange> versions = repository.versions(bodyCode, state, year);
        if (versions.isEmpty()) {
            throw new NotFound("exchange of " + state + " for", year);
        }
        return versions;
    }

    /** One submitted version, for its readers as {@link #versions}. */
    @Transactional(readOnly = true)
    public InformationExchange version(long id, @Nullable String username) {
        InformationExchange exchange = repository.find(id).orElseThrow(() -> new NotFound("exchange", id));
        requireReader(exchange.bodyCode(), username);
        return exchange;
    }

    /** The latest version of each state's exchange for each year. */
    @Transactional(readOnly = true)
    public List<InformationExchange> latest(String bodyCode, @Nullable String username) {
        requireReader(bodyCode, username);
        return repository.latest(bodyCode);
    }

    private void requireReader(String bodyCode, @Nullable String username) {
        if (!notifications.mayReadSubmitted(bodyCode, username)) {
            throw new AccessDeniedException("Only the secretariat and the participating states read exchanges, "
                    + "unless the body's record rule is public.");
        }
    }

    private void requireOwnState(String bodyCode, String state, String username) {
        Account account = account(username);
        if (account.role() != Role.DELEGATE || !state.equals(account.participant())) {
            throw new AccessDeniedException("A draft is seen by its own state's delegates only.");
        }
        regimes.history(bodyCode);
    }

    private void requireFiler(String bodyCode, String state, String username) {
        Account account = account(username);
        if (account.role() != Role.DELEGATE || account.ministry() != Ministry.DEFENCE
                || account.participant() == null) {
            throw new AccessDeniedException("A defence-ministry delegate files the exchange of military information.");
        }
        if (!state.equals(account.participant())) {
            throw new RuleViolation("state", "csbm.notification.otherState", account.participant());
        }
        if (!notifications.participatingStates(bodyCode).contains(state)) {
            throw new RuleViolation("state", "csbm.notification.notParticipating", bodyCode);
        }
    }

    private void checkYear(int year) {
        if (year < FIRST_YEAR || year > lastYear()) {
            throw new RuleViolation("year", "csbm.year.range", FIRST_YEAR, lastYear());
        }
    }

    private static MilitaryInformation required(@Nullable MilitaryInformation information) {
        if (information == null) {
            throw new RuleViolation("information", "csbm.required");
        }
        return information;
    }

    private Account account(String username) {
        return accounts.find(username).orElseThrow(() -> new AccessDeniedException("No such account."));
    }
}
