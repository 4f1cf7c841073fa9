package org.trackone.csbm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.csbm.internal.ExchangeRepository;
import org.trackone.csbm.internal.NotificationRepository;
import org.trackone.csbm.internal.RequestRepository;

/**
 * Risk reduction between participating states: a request for clarification about any
 * submission, answered by the day the requester asks for; consultation on unusual
 * military activity, answered within the hours of the rules in force, then a meeting
 * requested within the hours after the reply, and the meeting held, recorded by a delegate
 * of either of the two states concerned (they are the ones who meet; the secretariat reads
 * the record as everything else) and judged against the meeting's deadline. Either
 * ministry's delegate acts for its state; every step is timed and visible to the
 * secretariat and every participating state.
 */
@Service
public class RiskReduction {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_DAYS = 365;
    public static final int MAX_PLACE = 200;
    public static final int MAX_OUTCOME = 4_000;

    private final RequestRepository repository;
    private final NotificationRepository notificationRepository;
    private final ExchangeRepository exchangeRepository;
    private final Regimes regimes;
    private final StateDelegates delegates;
    private final Inboxes inboxes;
    private final Clock clock = Clock.systemUTC();

    RiskReduction(RequestRepository repository, NotificationRepository notificationRepository,
            ExchangeRepository exchangeRepository, Regimes regimes,
            StateDelegates delegates, Inboxes inboxes) {
        this.inboxes = inboxes;
        this.repository = repository;
        this.notificationRepository = notificationRepository;
        this.exchangeRepository = exchangeRepository;
        this.regimes = regimes;
        this.delegates = delegates;
    }

    @Transactional
    public RiskReductionRequest ask(String bodyCode, RequestInput input, String username) {
        return record(bodyCode, input, delegateState(bodyCode, username), username, clock.instant());
    }

    /** Records a request of {@code state} by {@code username}, whose right to act for it is checked or given. */
    @Transactional
    RiskReductionRequest record(String bodyCode, RequestInput input, String state, String username, Instant now) {
        RequestKind kind = required("kind", input.kind());
        String question = text("question", input.question());
        Optional<RuleSetVersion> version = regimes.history(bodyCode).inForceOn(LocalDate.ofInstant(now, ZoneOffset.UTC));
        String addressee;
        Instant replyDue;
        Long aboutNotification = null;
        Long aboutExchange = null;
        if (kind == RequestKind.CLARIFICATION) {
            if ((input.aboutNotification() == null) == (input.aboutExchange() == null)) {
                throw new RuleViolation(input.aboutNotification() == null ? "aboutNotification" : "aboutExchange",
                        "csbm.request.oneSubject");
            }
            if (input.aboutNotification() != null) {
                PriorNotification about = notificationRepository.find(input.aboutNotification())
                        .filter(n -> n.bodyCode().equals(bodyCode))
                        .orElseThrow(() -> new RuleViolation("aboutNotification", "csbm.request.unknownSubject"));
                addressee = about.state();
                aboutNotification = about.id();
            } else {
                InformationExchange about = exchangeRepository.find(input.aboutExchange())
                        .filter(e -> e.bodyCode().equals(bodyCode))
                        .orElseThrow(() -> new RuleViolation("aboutExchange", "csbm.request.unknownSubject"));
                addressee = about.state();
                aboutExchange = about.id();
            }
            LocalDate replyBy = required("replyBy", input.replyBy());
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            if (!replyBy.isAfter(today) || replyBy.isAfter(today.plusDays(MAX_DAYS))) {
                throw new RuleViolation("replyBy", "csbm.request.replyBy", MAX_DAYS);
            }
            replyDue = replyBy.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        } else {
            RuleSet rules = version.map(RuleSetVersion::rules).filter(r -> r.inForce(Measure.RISK_REDUCTION))
                    .orElseThrow(() -> new RuleViolation("kind", "csbm.request.notInForce"));
            addressee = required("addressee", input.addressee());
            delegates.requireParticipating(bodyCode, "addressee", addressee);
            replyDue = now.plus(Duration.ofHours(rules.unusualActivityReplyHours()));
        }
        if (addressee.equals(state)) {
            throw new RuleViolation(kind == RequestKind.CLARIFICATION ? "aboutNotification" : "addressee",
                    "csbm.request.ownState");
        }
        long id = repository.insert(bodyCode, kind, state, addressee, aboutNotification, aboutExchange, question,
                username, now, replyDue, version.map(RuleSetVersion::version).orElse(0));
        inboxes.deliver(ItemKind.RISK_REDUCTION_REQUEST, id, bodyCode, state, List.of(addressee), now);
        return find(id);
    }

    /** The addressee state's reply; it closes the request, and a second reply is refused. */
    @Transactional
    public RiskReductionRequest reply(long id, @Nullable String answer, String username) {
        RiskReductionRequest request = find(id);
        String state = delegateState(request.bodyCode(), username);
        if (!state.equals(request.addresseeState())) {
            throw new AccessDeniedException("Only the state asked replies.");
        }
        return recordReply(id, answer, username, clock.instant());
    }

    /** Records the reply of the state asked by {@code username}, whose right to reply is checked or given. */
    @Transactional
    RiskReductionRequest recordReply(long id, @Nullable String answer, String username, Instant now) {
        String text = text("answer", answer);
        if (!repository.reply(id, text, username, now)) {
            throw new RuleViolation("answer", "csbm.request.closed");
        }
        RiskReductionRequest replied = find(id);
        inboxes.deliver(ItemKind.REQUEST_REPLY, id, replied.bodyCode(), replied.addresseeState(),
                List.of(replied.requestingState()), now);
        return replied;
    }

    /** After the reply about unusual military activity, the requesting state asks for a meeting. */
    @Transactional
    public RiskReductionRequest requestMeeting(long id, @Nullable MeetingScope scope, String username) {
        RiskReductionRequest request = find(id);
        String state = delegateState(request.bodyCode(), username);
        if (!state.equals(request.requestingState())) {
            throw new AccessDeniedException("Only the requesting state asks for the meeting.");
        }
        return recordMeeting(request, scope, username, clock.instant());
    }

    /** Records the requesting state's meeting request by {@code username}, whose right to ask is checked or given. */
    @Transactional
    RiskReductionRequest recordMeeting(RiskReductionRequest request, @Nullable MeetingScope scope, String username,
            Instant now) {
        long id = request.id();
        if (request.kind() != RequestKind.UNUSUAL_ACTIVITY) {
            throw new RuleViolation("scope", "csbm.request.meetingOnlyUnusual");
        }
        if (request.reply() == null) {
            throw new RuleViolation("scope", "csbm.request.meetingAfterReply");
        }
        MeetingScope chosen = required("scope", scope);
        RuleSet rules = regimes.history(request.bodyCode()).version(request.ruleSetVersion())
                .map(RuleSetVersion::rules).orElseThrow(() -> new RuleViolation("scope", "csbm.request.notInForce"));
        Instant due = request.reply().repliedAt().plus(Duration.ofHours(rules.unusualActivityMeetingHours()));
        if (!repository.requestMeeting(id, chosen, username, now, due)) {
            throw new RuleViolation("scope", "csbm.request.meetingRequested");
        }
        inboxes.deliver(ItemKind.MEETING_REQUEST, id, request.bodyCode(), request.requestingState(),
                chosen == MeetingScope.BILATERAL ? List.of(request.addresseeState())
                        : inboxes.everyOtherState(request.bodyCode(), request.requestingState()), now);
        return find(id);
    }

    /**
     * The record of the meeting held after the meeting request, made once by a delegate of
     * the requesting state or of the state asked.
     *
     * @throws AccessDeniedException for anyone else
     * @throws RuleViolation naming the field when the input breaks a rule; nothing is written then
     */
    @Transactional
    public RiskReductionRequest recordMeetingHeld(long id, MeetingRecordInput input, String username) {
        RiskReductionRequest request = find(id);
        String state = delegateState(request.bodyCode(), username);
        if (!state.equals(request.requestingState()) && !state.equals(request.addresseeState())) {
            throw new AccessDeniedException("Only a delegate of either state concerned records the meeting.");
        }
        return recordHeld(request, input, state, username, clock.instant());
    }

    /** Records the meeting held, by {@code username} for {@code state}, whose right to record it is checked or given. */
    @Transactional
    RiskReductionRequest recordHeld(RiskReductionRequest request, MeetingRecordInput input, String state,
            String username, Instant now) {
        RiskReductionRequest.Meeting meeting = request.meeting();
        if (meeting == null) {
            throw new RuleViolation("heldAt", "csbm.meetingRecord.afterMeetingRequest");
        }
        if (request.meetingRecord() != null) {
            throw new RuleViolation("heldAt", "csbm.meetingRecord.recorded");
        }
        Instant heldAt = required("heldAt", input.heldAt());
        if (heldAt.isAfter(now)) {
            throw new RuleViolation("heldAt", "csbm.meetingRecord.future");
        }
        if (heldAt.isBefore(meeting.requestedAt())) {
            throw new RuleViolation("heldAt", "csbm.meetingRecord.beforeRequest",
                    UTC_MINUTES.format(meeting.requestedAt()));
        }
        String place = Texts.requiredText("place", input.place(), MAX_PLACE);
        List<String> states = statesPresent(request, meeting.scope(), input.states());
        String outcome = Texts.requiredText("outcome", input.outcome(), MAX_OUTCOME);
        if (!repository.recordMeetingHeld(request.id(), new MeetingRecord(heldAt, place, states, outcome, state,
                username, now))) {
            throw new RuleViolation("heldAt", "csbm.meetingRecord.recorded");
        }
        inboxes.deliver(ItemKind.MEETING_RECORD, request.id(), request.bodyCode(), state,
                meeting.scope() == MeetingScope.BILATERAL
                        ? List.of(state.equals(request.requestingState()) ? request.addresseeState()
                                : request.requestingState())
                        : inboxes.everyOtherState(request.bodyCode(), state), now);
        return find(request.id());
    }

    private static final DateTimeFormatter UTC_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /**
     * The states present, in alphabetical order: for a bilateral meeting the two states (or
     * none named); for an all-states meeting participating states, each once, the two among them.
     */
    private List<String> statesPresent(RiskReductionRequest request, MeetingScope scope,
            @Nullable List<String> named) {
        Set<String> two = Set.of(request.requestingState(), request.addresseeState());
        if (scope == MeetingScope.BILATERAL && (named == null || named.isEmpty())) {
            return two.stream().sorted().toList();
        }
        if (named == null || named.isEmpty()) {
            throw new RuleViolation("states", "csbm.required");
        }
        Set<String> present = new LinkedHashSet<>();
        for (int i = 0; i < named.size(); i++) {
            String field = "states[" + i + "]";
            String state = named.get(i) == null ? "" : named.get(i).strip();
            if (state.isEmpty()) {
                throw new RuleViolation(field, "csbm.required");
            }
            if (scope == MeetingScope.BILATERAL && !two.contains(state)) {
                throw new RuleViolation(field, "csbm.meetingRecord.bilateralStates", request.requestingState(),
                        request.addresseeState());
            }
            delegates.requireParticipating(request.bodyCode(), field, state);
            if (!present.add(state)) {
                throw new RuleViolation(field, "csbm.meetingRecord.stateTwice");
            }
        }
        if (!present.containsAll(two)) {
            throw new RuleViolation("states", scope == MeetingScope.BILATERAL ? "csbm.meetingRecord.bilateralStates"
                    : "csbm.meetingRecord.bothStates", request.requestingState(), request.addresseeState());
        }
        List<String> sorted = new ArrayList<>(present);
        sorted.sort(null);
        return sorted;
    }

    @Transactional(readOnly = true)
    public RiskReductionRequest request(long id, String username) {
        RiskReductionRequest request = find(id);
        requireReader(request.bodyCode(), username);
        return request;
    }

    @Transactional(readOnly = true)
    public List<RiskReductionRequest> ofBody(String bodyCode, String username) {
        regimes.history(bodyCode);
        requireReader(bodyCode, username);
        return repository.ofBody(bodyCode);
    }

    private void requireReader(String bodyCode, String username) {
        delegates.requireReader(bodyCode, username);
    }

    private String delegateState(String bodyCode, String username) {
        return delegates.state(bodyCode, username);
    }

    private RiskReductionRequest find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFound("request", id));
    }

    private static String text(String field, @Nullable String value) {
        return Texts.requiredText(field, value, MAX_TEXT);
    }

    private static <T> T required(String field, @Nullable T value) {
        return Texts.required(field, value);
    }
}
