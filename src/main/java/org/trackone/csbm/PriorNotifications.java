package org.trackone.csbm;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.ResultPage;
import org.trackone.ResultPage.PageRequest;
import org.trackone.RuleViolation;
import org.trackone.access.Account;
import org.trackone.access.Accounts;
import org.trackone.access.Ministry;
import org.trackone.access.Role;
import org.trackone.csbm.NotificationRequest.Coordinates;
import org.trackone.csbm.internal.DeliveryRepository;
import org.trackone.csbm.internal.IdempotencyRepository;
import org.trackone.csbm.internal.NotificationRepository;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Membership;
import org.trackone.framework.MembershipStatus;
import org.trackone.framework.Participant;
import org.trackone.framework.ParticipantCode;
import org.trackone.framework.ParticipantKind;
import org.trackone.framework.RecordRule;

/**
 * Prior notification of military activities: a defence-ministry delegate notifies for
 * its own state; the rules in force that day give their verdict; the notification is
 * delivered to every other participating state, each of which acknowledges it.
 * The secretariat and the delegates of the body's participating states read them; so does
 * everyone when the body's record rule is public.
 */
@Service
public class PriorNotifications {

    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_LINKS = 50;
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private final NotificationRepository repository;
    private final DeliveryRepository deliveries;
    private final IdempotencyRepository keys;
    private final Regimes regimes;
    private final FrameworkDirectory framework;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    PriorNotifications(NotificationRepository repository, DeliveryRepository deliveries, IdempotencyRepository keys,
            Regimes regimes, FrameworkDirectory framework, Accounts accounts, ApplicationEventPublisher events) {
        this.repository = repository;
        this.deliveries = deliveries;
        this.keys = keys;
        this.regimes = regimes;
        this.framework = framework;
        this.accounts = accounts;
        this.events = events;
    }

    /** What a submission came to: the notification, and whether this call made it or found it under its key. */
    public record Submission(PriorNotification notification, boolean created) {
    }

    /**
     * Notifies a military activity for the delegate's own state.
     *
     * @param idempotencyKey the client's key; sending the same key again returns the first result
     * @throws AccessDeniedException when the account is not a defence-ministry delegate
     * @throws RuleViolation naming the field at fault; nothing is written then
     */
    @Transactional
    public Submission submit(String bodyCode, NotificationRequest request, String username,
            @Nullable String idempotencyKey) {
        return submit(bodyCode, request, username, idempotencyKey, clock.instant());
    }

    @Transactional
    Submission submit(String bodyCode, NotificationRequest request, String username, @Nullable String idempotencyKey,
            Instant now) {
        Account account = account(username);
        if (account.role() != Role.DELEGATE || account.ministry() != Ministry.DEFENCE || account.participant() == null) {
            throw new AccessDeniedException("Only a defence-ministry delegate notifies military activities.");
        }
        String state = required("state", request.state());
        if (!state.equals(account.participant())) {
            // A resubmission under a key already used returns its first result whatever it says.
            if (idempotencyKey != null && !idempotencyKey.isBlank()) {
                Optional<Long> earlier = repository.idByKey(username, idempotencyKey.strip());
                if (earlier.isPresent()) {
                    return new Submission(find(earlier.get()), false);
                }
            }
            throw new RuleViolation("state", "csbm.notification.otherState", account.participant());
        }
        return record(bodyCode, request, username, idempotencyKey, now);
    }

    /**
     * Records a notification of the request's state by {@code actor}, whose right to act
     * for that state has been checked (or, for the demonstration data, is given).
     */
    @Transactional
    Submission record(String bodyCode, NotificationRequest request, String actor, @Nullable String idempotencyKey,
            Instant now) {
        framework.body(bodyCode);
        String key = IdempotentSubmissions.key(idempotencyKey);
        if (key != null) {
            Optional<Long> earlier = repository.idByKey(actor, key);
            if (earlier.isPresent()) {
                return new Submission(find(earlier.get()), false);
            }
            if (keys.find(actor, key).isPresent()) {
                throw new RuleViolation("Idempotency-Key", "csbm.idempotencyKey.otherSubmission");
            }
        }
        String state = required("state", request.state());
        List<String> participating = participatingStates(bodyCode);
        if (!participating.contains(state)) {
            throw new RuleViolation("state", "csbm.notification.notParticipating", bodyCode);
        }
        MilitaryActivity activity = activity(request);
        String description = description(request.description());
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        RegimeHistory history = regimes.history(bodyCode);
        Set<Long> linkIds = links(request.linkedTo());
        Map<Long, MilitaryActivity> linkedById = linkIds.isEmpty() ? Map.of()
                : repository.activities(bodyCode, state, linkIds);
        List<Long> requested = List.copyOf(linkIds);
        for (int i = 0; i < requested.size(); i++) {
            if (!linkedById.containsKey(requested.get(i))) {
                throw new RuleViolation("linkedTo[" + i + "]", "csbm.notification.unknownLink");
            }
        }
        List<MilitaryActivity> linked = requested.stream().map(linkedById::get).toList();
        Verdict verdict = history.judge(activity, today, linked,
                constrainingActivities(bodyCode, state, activity, history, today, linkIds));

        Optional<Long> inserted = repository.insert(bodyCode, state, actor, now, activity, description, verdict, key);
        if (inserted.isEmpty()) {
            // The same key was used by a request that committed while this one ran.
            return new Submission(find(repository.idByKey(actor, key).orElseThrow()), false);
        }
        long id = inserted.get();
        repository.insertLinks(id, linkIds);
        List<String> addressees = participating.stream().filter(s -> !s.equals(state)).toList();
        repository.deliver(id, addressees, now);
        events.publishEvent(new NotificationSubmitted(id, bodyCode, state, now, verdict.notifiable(), verdict.late(),
                addressees));
        return new Submission(new PriorNotification(id, bodyCode, state, actor, now, activity, requested, description,
                verdict, addressees.stream().map(a -> new Delivery(a, now, null, null)).toList(), null, List.of()), true);
    }

    /**
     * The state's other activities that could count against the constraints in force with
     * this one: above the lowest troop limit, within the longest run of calendar years.
     * None when constraints are not in force or the activity itself counts against none.
     */
    private List<MilitaryActivity> constrainingActivities(String bodyCode, String state, MilitaryActivity activity,
            RegimeHistory history, LocalDate today, Set<Long> linkIds) {
        Optional<RuleSet> rules = history.inForceOn(today).map(RuleSetVersion::rules)
                .filter(r -> r.inForce(Measure.CONSTRAINTS));
        if (rules.isEmpty() || rules.get().constraints().stream().noneMatch(c -> c.counts(activity.forces()))) {
            return List.of();
        }
        List<ActivityConstraint> constraints = rules.get().constraints();
        int years = constraints.stream().mapToInt(ActivityConstraint::calendarYears).max().orElse(1);
        int troops = constraints.stream().mapToInt(ActivityConstraint::troopsAbove).min().orElse(0);
        int year = activity.startsOn().getYear();
        return repository.activitiesAbove(bodyCode, state, LocalDate.of(year - years + 1, 1, 1),
                LocalDate.of(year + years - 1, 12, 31), troops).entrySet().stream()
                .filter(e -> !linkIds.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /**
     * A notification, for the secretariat and the delegates of the body's participating
     * states; for everyone, signed in or not, when the body's record rule is public.
     *
     * @throws NotFound when there is none with this id
     * @throws AccessDeniedException for anyone else
     */
    @Transactional(readOnly = true)
    public PriorNotification notification(long id, @Nullable String username) {
        PriorNotification notification = find(id);
        requireSubmittedReader(notification.bodyCode(), username);
        return notification;
    }

    /** One page of the body's notifications, of one state or of all (state null), latest activity first. */
    @Transactional(readOnly = true)
    public ResultPage<PriorNotification> ofBody(String bodyCode, @Nullable String state, PageRequest page,
            @Nullable String username) {
        framework.body(bodyCode);
        requireSubmittedReader(bodyCode, username);
        return new ResultPage<>(repository.ofBody(bodyCode, state, page.offset(), page.size()), page.page(),
                page.size(), repository.countOfBody(bodyCode, state));
    }

    /**
     * Files what actually took place, after the activity has begun, beside the notification;
     * only the notifying state's defence delegate, only once. The report is delivered to the
     * states the notification was delivered to.
     */
    @Transactional
    public PriorNotification report(long id, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
            @Nullable Map<Force, @Nullable Integer> forces, @Nullable String description, String username) {
        PriorNotification notification = find(id);
        Account account = account(username);
        if (account.role() != Role.DELEGATE || account.ministry() != Ministry.DEFENCE
                || !notification.state().equals(account.participant())) {
            throw new AccessDeniedException("Only the notifying state's defence delegate reports on the activity.");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (notification.activity().startsOn().isAfter(today)) {
            throw new RuleViolation("startsOn", "csbm.report.notYet", notification.activity().startsOn());
        }
        MilitaryActivity actual = activity(new NotificationRequest(notification.state(), notification.activity().type(),
                startsOn, endsOn, notification.activity().area().stream()
                        .map(p -> new Coordinates(p.latitude(), p.longitude())).toList(), forces, null, null));
        Instant now = clock.instant();
        if (!repository.insertReport(new ActivityReport(id, actual.startsOn(), actual.endsOn(), actual.forces(),
                description(description), username, now))) {
            throw new RuleViolation("notification", "csbm.report.filed");
        }
        List<String> addressees = notification.deliveries().stream().map(Delivery::addressee).toList();
        if (!addressees.isEmpty()) {
            deliveries.deliver(ItemKind.ACTIVITY_REPORT, id, notification.bodyCode(), notification.state(), addressees,
                    now);
        }
        return find(id);
    }

    /**
     * The notifying state invites every other participating state to observe an observable
     * activity, once; the activity must not have begun. The invitation is delivered to each.
     */
    @Transactional
    public PriorNotification inviteObservers(long id, String username) {
        PriorNotification notification = find(id);
        Account account = account(username);
        if (account.role() != Role.DELEGATE || !notification.state().equals(account.participant())) {
            throw new AccessDeniedException("Only the notifying state invites observers.");
        }
        if (!notification.verdict().observable()) {
            throw new RuleViolation("notification", "csbm.observation.notObservable");
        }
        if (notification.activity().startsOn().isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new RuleViolation("notification", "csbm.observation.begun");
        }
        List<String> states = participatingStates(notification.bodyCode()).stream()
                .filter(s -> !s.equals(notification.state())).toList();
        Instant now = clock.instant();
        if (!repository.invite(id, states, username, now)) {
            throw new RuleViolation("notification", "csbm.observation.invited");
        }
        if (!states.isEmpty()) {
            deliveries.deliver(ItemKind.OBSERVATION_INVITATION, id, notification.bodyCode(), notification.state(), states,
                    now);
        }
        return find(id);
    }

    /** An invited state accepts or declines to observe, once. */
    @Transactional
    public PriorNotification answerInvitation(long id, @Nullable Boolean accept, String username) {
        PriorNotification notification = find(id);
        String state = delegateState(username);
        if (notification.invitations().stream().noneMatch(i -> i.invitedState().equals(state))) {
            throw new AccessDeniedException("The state was not invited to observe.");
        }
        if (!repository.answer(id, state, required("accept", accept), username, clock.instant())) {
            throw new RuleViolation("accept", "csbm.observation.answered");
        }
        return find(id);
    }

    /** Whether the account may read the body's notifications: the secretariat, or a delegate of a participating state. */
    public boolean mayRead(String bodyCode, String username) {
        Account account = account(username);
        return account.role() == Role.SECRETARIAT || (account.role() == Role.DELEGATE
                && account.participant() != null && participatingStates(bodyCode).contains(account.participant()));
    }

    /**
     * Whether a reader may read what the body's states submitted (never drafts): those who
     * {@link #mayRead} it, and everyone, signed in or not (username null), when the body's
     * record rule is public. Risk reduction, incident reports and hotline messages are not
     * submissions of this kind: they stay with the states concerned.
     */
    public boolean mayReadSubmitted(String bodyCode, @Nullable String username) {
        if (framework.body(bodyCode).recordRule() == RecordRule.PUBLIC) {
            return true;
        }
        return username != null && accounts.find(username).isPresent() && mayRead(bodyCode, username);
    }

    /** Whether the account may notify for its state: a defence-ministry delegate of a participating state. */
    public boolean mayNotify(String bodyCode, @Nullable String username) {
        if (username == null) {
            return false;
        }
        Account account = account(username);
        return account.role() == Role.DELEGATE && account.ministry() == Ministry.DEFENCE
                && account.participant() != null && participatingStates(bodyCode).contains(account.participant());
    }

    /** The delegate's state's inbox: every notification delivered to it, newest first. */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(String username) {
        return repository.inbox(delegateState(username));
    }

    /**
     * Records the delegate's state's acknowledgement of a notification delivered to it.
     * Acknowledging again changes nothing: the first acknowledgement stands.
     */
    @Transactional
    public PriorNotification acknowledge(long id, String username) {
        return acknowledge(id, username, clock.instant());
    }

    @Transactional
    PriorNotification acknowledge(long id, String username, Instant now) {
        return acknowledge(id, delegateState(username), username, now);
    }

    @Transactional
    PriorNotification acknowledge(long id, String state, String username, Instant now) {
        PriorNotification notification = find(id);
        if (notification.deliveries().stream().noneMatch(d -> d.addressee().equals(state))) {
            throw new AccessDeniedException("The notification was not delivered to " + state + ".");
        }
        if (repository.acknowledge(id, state, now, username)) {
            events.publishEvent(new NotificationAcknowledged(id, state, now));
        }
        return find(id);
    }

    /** The states taking part in the body now, by code: the addressees of its submissions. */
    /**
     * The memberships of the states taking part in the body now, by state: an annual
     * obligation falls on a state only if it took part on the obligation's due day (see
     * {@link #tookPartOn}), not on a state that joined later.
     */
    public Map<String, Membership> stateMemberships(String bodyCode) {
        Map<ParticipantCode, Participant> participants = framework.participantsByCode();
        return framework.currentMembers(bodyCode).stream()
                .filter(m -> participants.get(m.participant()) != null
                        && participants.get(m.participant()).kind() == ParticipantKind.STATE)
                .collect(java.util.stream.Collectors.toMap(m -> m.participant().value(), m -> m));
    }

    /** Whether the membership (null: none) made its participant take part, as a member or an observer, on the day. */
    public static boolean tookPartOn(@Nullable Membership membership, LocalDate day) {
        return membership != null && membership.statusOn(day).map(MembershipStatus::takesPart).orElse(false);
    }

    public List<String> participatingStates(String bodyCode) {
        Map<ParticipantCode, Participant> participants = framework.participantsByCode();
        return framework.currentMembers(bodyCode).stream().map(Membership::participant)
                .filter(code -> participants.get(code) != null && participants.get(code).kind() == ParticipantKind.STATE)
                .map(ParticipantCode::value).sorted().toList();
    }

    private PriorNotification find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFound("notification", id));
    }

    private void requireSubmittedReader(String bodyCode, @Nullable String username) {
        if (!mayReadSubmitted(bodyCode, username)) {
            throw new AccessDeniedException("Only the secretariat and the participating states read notifications, "
                    + "unless the body's record rule is public.");
        }
    }

    private String delegateState(String username) {
        Account account = account(username);
        if (account.role() != Role.DELEGATE || account.participant() == null) {
            throw new AccessDeniedException("Only a delegate has an inbox.");
        }
        return account.participant();
    }

    private Account account(String username) {
        return accounts.find(username).orElseThrow(() -> new AccessDeniedException("No such account."));
    }

    private static MilitaryActivity activity(NotificationRequest request) {
        ActivityType type = required("type", request.type());
        LocalDate startsOn = year("startsOn", required("startsOn", request.startsOn()));
        LocalDate endsOn = year("endsOn", required("endsOn", request.endsOn()));
        List<@Nullable Coordinates> area = required("area", request.area());
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < area.size(); i++) {
            String field = "area[" + i + "]";
            Coordinates c = required(field, area.get(i));
            try {
                points.add(new Point(required(field + ".latitude", c.latitude()),
                        required(field + ".longitude", c.longitude())));
            } catch (RuleViolation e) {
                throw e.field().startsWith(field) ? e
                        : new RuleViolation(field + "." + e.field(), e.messageCode(), e.arguments());
            }
        }
        Map<Force, Integer> counts = new EnumMap<>(Force.class);
        Map<Force, @Nullable Integer> forces = required("forces", request.forces());
        forces.forEach((force, count) -> {
            counts.put(force, Quantities.count("forces." + force.name(), count));
        });
        return new MilitaryActivity(type, startsOn, endsOn, points, Forces.of(counts));
    }

    private static Set<Long> links(@Nullable List<@Nullable Long> requested) {
        Set<Long> links = new LinkedHashSet<>();
        if (requested == null) {
            return links;
        }
        if (requested.size() > MAX_LINKS) {
            throw new RuleViolation("linkedTo", "csbm.notification.tooManyLinks", MAX_LINKS);
        }
        for (int i = 0; i < requested.size(); i++) {
            Long id = requested.get(i);
            if (id == null) {
                throw new RuleViolation("linkedTo[" + i + "]", "csbm.notification.unknownLink");
            }
            links.add(id);
        }
        return links;
    }

    private static String description(@Nullable String text) {
        return Texts.text("description", text, MAX_DESCRIPTION);
    }

    private static LocalDate year(String field, LocalDate day) {
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new RuleViolation(field, "csbm.year.range", FIRST_YEAR, LAST_YEAR);
        }
        return day;
    }

    private static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw new RuleViolation(field, "csbm.required");
        }
        return value;
    }
}
