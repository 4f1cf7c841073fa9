package org.trackone.csbm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.access.Account;
import org.trackone.access.Accounts;
import org.trackone.access.Role;
import org.trackone.csbm.internal.CalendarRepository;
import org.trackone.csbm.internal.ExchangeRepository;
import org.trackone.csbm.internal.OpenItemRepository;
import org.trackone.csbm.internal.OpenItemRepository.OpenItem;
import org.trackone.framework.Membership;

/**
 * Every deadline a participating state has, in one place: its own annual exchange and
 * calendar by their due days under the rules in force (for the years compliance shows:
 * the last five and the next), replies to the requests and hazardous incident reports
 * addressed to it, acknowledgements of the hotline messages sent to it, each by the
 * time set when the item was delivered, and the meetings requested after a reply about
 * unusual military activity, owed by both states concerned until the meeting held is
 * recorded. A deadline shows as a reminder from its lead time
 * before it on, and as overdue once it has passed, until the state meets it. The lead times
 * are settings ({@code trackone.csbm.reminders} in application.yml).
 */
@Service
public class Deadlines {

    private final Regimes regimes;
    private final StateDelegates delegates;
    private final Accounts accounts;
    private final ExchangeRepository exchanges;
    private final CalendarRepository calendars;
    private final OpenItemRepository owed;
    private final Duration annualLead;
    private final Duration replyLead;
    private final Duration hotlineLead;
    private final Duration meetingLead;
    private final Clock clock = Clock.systemUTC();

    Deadlines(Regimes regimes, StateDelegates delegates, Accounts accounts, ExchangeRepository exchanges,
            CalendarRepository calendars, OpenItemRepository owed,
            @Value("${trackone.csbm.reminders.annual-submission:30d}") Duration annualLead,
            @Value("${trackone.csbm.reminders.reply:24h}") Duration replyLead,
            @Value("${trackone.csbm.reminders.hotline-acknowledgement:30m}") Duration hotlineLead,
            @Value("${trackone.csbm.reminders.meeting:24h}") Duration meetingLead) {
        this.regimes = regimes;
        this.delegates = delegates;
        this.accounts = accounts;
        this.exchanges = exchanges;
        this.calendars = calendars;
        this.owed = owed;
        this.annualLead = annualLead;
        this.replyLead = replyLead;
        this.hotlineLead = hotlineLead;
        this.meetingLead = meetingLead;
    }

    /**
     * The deadlines of a body a reader may see: a delegate those of its own state (asking
     * for another state is refused); the secretariat those of the state asked for, or with
     * none asked the overdue ones of every participating state.
     *
     * @throws AccessDeniedException for anyone else, or a delegate asking for another state
     * @throws NotFound when the state asked for does not take part in the body
     */
    @Transactional(readOnly = true)
    public List<Deadline> forReader(String bodyCode, @Nullable String state, String username) {
        regimes.history(bodyCode);
        Account account = account(username);
        Instant now = clock.instant();
        if (account.role() == Role.SECRETARIAT) {
            if (state == null) {
                return overdue(bodyCode, now);
            }
            if (!delegates.participatingStates(bodyCode).contains(state)) {
                throw new NotFound("participating state of " + bodyCode, state);
            }
            return of(bodyCode, state, now);
        }
        String own = delegates.state(bodyCode, username);
        if (state != null && !state.equals(own)) {
            throw new AccessDeniedException("A delegate sees the deadlines of its own state only.");
        }
        return of(bodyCode, own, now);
    }

    /**
     * What a reader is shown beside the inbox and on the overview: a delegate its state's
     * deadlines in every body with a regime it takes part in; the secretariat the overdue
     * ones of every state; nothing for anyone else.
     */
    @Transactional(readOnly = true)
    public List<Deadline> forReader(@Nullable String username) {
        Optional<Account> account = username == null ? Optional.empty() : accounts.find(username);
        if (account.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Deadline> all = new ArrayList<>();
        for (String body : regimes.bodiesWithRegime()) {
            if (account.get().role() == Role.SECRETARIAT) {
                all.addAll(overdue(body, now));
            } else if (account.get().role() == Role.DELEGATE && account.get().participant() != null
                    && delegates.participatingStates(body).contains(account.get().participant())) {
                all.addAll(of(body, account.get().participant(), now));
            }
        }
        all.sort(URGENCY);
        return all;
    }

    /** The overdue deadlines of every participating state of the body, most overdue first. */
    @Transactional(readOnly = true)
    public List<Deadline> overdue(String bodyCode, Instant now) {
        return of(bodyCode, Set.copyOf(delegates.participatingStates(bodyCode)), now).stream()
                .filter(Deadline::overdue).toList();
    }

    /** The state's deadlines in the body whose reminder time has come or which have passed, most urgent first. */
    @Transactional(readOnly = true)
    public List<Deadline> of(String bodyCode, String state, Instant now) {
        return of(bodyCode, Set.of(state), now);
    }

    /** The deadlines of these states in the body whose reminder time has come or which have passed, most urgent first. */
    private List<Deadline> of(String bodyCode, Set<String> states, Instant now) {
        RegimeHistory history = regimes.history(bodyCode);
        int thisYear = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        List<Deadline> found = new ArrayList<>();
        Set<String> exchanged = exchanges.submittedByStateAndYear(bodyCode).stream()
                .map(e -> e.state() + "/" + e.year()).collect(Collectors.toSet());
        Set<String> calendared = calendars.latest(bodyCode).stream().map(c -> c.state() + "/" + c.year())
                .collect(Collectors.toSet());
        Map<String, Membership> memberships = delegates.stateMemberships(bodyCode);
        for (String state : states) {
            Membership membership = memberships.get(state);
            for (int year = thisYear - 4; year <= thisYear + 1; year++) {
                int y = year;
                if (!exchanged.contains(state + "/" + year)) {
                    history.exchangeDue(year).filter(day -> PriorNotifications.tookPartOn(membership, day))
                            .ifPresent(day -> found.add(Deadline.of(DeadlineKind.ANNUAL_EXCHANGE,
                            bodyCode, state, null, null, y, endOf(day), annualLead, now,
                            "/csbm/" + bodyCode + "/exchanges")));
                }
                if (!calendared.contains(state + "/" + year)) {
                    history.calendarDue(year).filter(day -> PriorNotifications.tookPartOn(membership, day))
                            .ifPresent(day -> found.add(Deadline.of(DeadlineKind.ANNUAL_CALENDAR,
                            bodyCode, state, null, null, y, endOf(day), annualLead, now,
                            "/csbm/" + bodyCode + "/calendars/new")));
                }
            }
        }
        for (OpenItem item : owed.owedBy(bodyCode, states)) {
            found.add(switch (item.item()) {
                case "INCIDENT" -> Deadline.of(DeadlineKind.INCIDENT_REPLY, bodyCode, item.state(), item.otherState(),
                        item.id(), null, item.due(), replyLead, now, "/csbm/incidents/" + item.id());
                case "HOTLINE" -> Deadline.of(DeadlineKind.HOTLINE_ACKNOWLEDGEMENT, bodyCode, item.state(),
                        item.otherState(), item.id(), null, item.due(), hotlineLead, now, "/csbm/hotline/" + item.id());
                case "MEETING" -> Deadline.of(DeadlineKind.UNUSUAL_ACTIVITY_MEETING, bodyCode, item.state(),
                        item.otherState(), item.id(), null, item.due(), meetingLead, now, "/csbm/requests/" + item.id());
                default -> Deadline.of(RequestKind.valueOf(item.item()) == RequestKind.CLARIFICATION
                        ? DeadlineKind.CLARIFICATION_REPLY : DeadlineKind.UNUSUAL_ACTIVITY_REPLY, bodyCode, item.state(),
                        item.otherState(), item.id(), null, item.due(), replyLead, now, "/csbm/requests/" + item.id());
            });
        }
        return found.stream().filter(d -> d.stage() != Deadline.Stage.NOT_YET).sorted(URGENCY).toList();
    }

    /** Most urgent first: the earliest due (so the most overdue) first. */
    private static final Comparator<Deadline> URGENCY = Comparator.comparing(Deadline::due)
            .thenComparing(Deadline::bodyCode).thenComparing(Deadline::state).thenComparing(Deadline::kind);

    /** An annual submission is in time on its due day, to its end (UTC). */
    private static Instant endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC);
    }

    private Account account(String username) {
        return accounts.find(username).orElseThrow(() -> new AccessDeniedException("No such account."));
    }
}
