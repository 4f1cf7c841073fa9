package org.trackone.csbm;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.NotFound;
import org.trackone.access.Account;
import org.trackone.access.Accounts;
import org.trackone.access.Role;
import org.trackone.csbm.internal.DeliveryRepository;
import org.trackone.csbm.internal.DeliveryRepository.Delivered;

/**
 * The items delivered to each state's inbox beside its prior notifications: annual
 * exchanges and calendars (to every other participating state), risk-reduction requests,
 * hazardous incident reports and hotline messages (to the state addressed), the replies
 * to requests and incident reports (to the state that asked or reported), meeting requests
 * (to the state asked, or to every other state), records of the meetings held (to the other
 * state, or to every other state) and activity reports (to the states the notification went to). Each
 * addressee state acknowledges an item once, its time recorded; the sender, the
 * secretariat and (except for the hotline, which is the two states' own) the other
 * participating states see who has not.
 */
@Service
public class Inboxes {

    private final DeliveryRepository deliveries;
    private final StateDelegates delegates;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    Inboxes(DeliveryRepository deliveries, StateDelegates delegates, Accounts accounts,
            ApplicationEventPublisher events) {
        this.deliveries = deliveries;
        this.delegates = delegates;
        this.accounts = accounts;
        this.events = events;
    }

    /** Everything delivered to the delegate's state beside notifications, newest first. */
    @Transactional(readOnly = true)
    public List<DeliveredItem> inbox(String username) {
        Account account = account(username);
        if (account.role() != Role.DELEGATE || account.participant() == null) {
            throw new AccessDeniedException("Only a delegate has an inbox.");
        }
        return deliveries.inbox(account.participant());
    }

    /**
     * An item's delivery to each addressee and their acknowledgements.
     *
     * @throws NotFound when no such item was delivered
     */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(ItemKind kind, long id, String username) {
        return deliveries(find(kind, id), kind, username);
    }

    /** As {@link #deliveries(ItemKind, long, String)}, and none for an item submitted before items were delivered. */
    @Transactional(readOnly = true)
    public List<Delivery> deliveriesIfAny(ItemKind kind, long id, @Nullable String username) {
        return deliveries.find(kind, id).map(item -> outsider(item, kind, username) ? List.<Delivery>of()
                : deliveries(item, kind, username)).orElse(List.of());
    }

    /**
     * A reader of a public body's submissions who is neither the secretariat nor a
     * participating state's delegate: shown the submission, not its delivery.
     */
    private boolean outsider(Delivered item, ItemKind kind, @Nullable String username) {
        return !kind.bilateral() && delegates.mayReadSubmitted(item.bodyCode(), username)
                && (username == null || !delegates.mayRead(item.bodyCode(), username));
    }

    private List<Delivery> deliveries(Delivered item, ItemKind kind, @Nullable String username) {
        if (username == null) {
            throw new AccessDeniedException("Sign in to read deliveries.");
        }
        Account account = account(username);
        boolean party = account.role() == Role.DELEGATE && account.participant() != null
                && (item.fromState().equals(account.participant())
                        || item.deliveries().stream().anyMatch(d -> d.addressee().equals(account.participant())));
        if (kind.bilateral() ? !(party || account.role() == Role.SECRETARIAT)
                : !delegates.mayRead(item.bodyCode(), username)) {
            throw new AccessDeniedException("Not a reader of this item.");
        }
        return item.deliveries();
    }

    /**
     * Records the delegate's state's acknowledgement of an item delivered to it; acknowledging
     * again changes nothing.
     *
     * @throws AccessDeniedException when it was not delivered to the delegate's state
     */
    @Transactional
    public List<Delivery> acknowledge(ItemKind kind, long id, String username) {
        Delivered item = find(kind, id);
        String state = delegates.state(item.bodyCode(), username);
        acknowledge(kind, id, item.deliveries(), state, username, clock.instant());
        return find(kind, id).deliveries();
    }

    void deliver(ItemKind kind, long id, String bodyCode, String fromState, List<String> addressees, Instant at) {
        if (!addressees.isEmpty()) {
            deliveries.deliver(kind, id, bodyCode, fromState, addressees, at);
        }
    }

    /** The states an item of the state is delivered to: every other participating state. */
    List<String> everyOtherState(String bodyCode, String state) {
        return delegates.participatingStates(bodyCode).stream().filter(s -> !s.equals(state)).toList();
    }

    void acknowledge(ItemKind kind, long id, List<Delivery> delivered, String state, String username, Instant now) {
        if (delivered.stream().noneMatch(d -> d.addressee().equals(state))) {
            throw new AccessDeniedException("It was not delivered to " + state + ".");
        }
        if (deliveries.acknowledge(kind, id, state, now, username)) {
            events.publishEvent(new ItemAcknowledged(kind, id, state, now));
        }
    }

    private Delivered find(ItemKind kind, long id) {
        return deliveries.find(kind, id).orElseThrow(() -> new NotFound("delivered " + kind, id));
    }

    private Account account(String username) {
        return accounts.find(username).orElseThrow(() -> new AccessDeniedException("No such account."));
    }
}
