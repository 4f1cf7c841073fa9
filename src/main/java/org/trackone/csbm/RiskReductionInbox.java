package org.trackone.csbm;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.access.Account;
import org.trackone.access.Accounts;
import org.trackone.access.Role;
import org.trackone.csbm.internal.DeliveryRepository;

/**
 * The risk-reduction items delivered to a state's inbox beside its prior notifications
 * (hazardous incident reports, hotline messages), and each addressee state's
 * acknowledgement with its time: the first acknowledgement stands.
 */
@Service
public class RiskReductionInbox {

    private final DeliveryRepository deliveries;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    RiskReductionInbox(DeliveryRepository deliveries, Accounts accounts, ApplicationEventPublisher events) {
        this.deliveries = deliveries;
        this.accounts = accounts;
        this.events = events;
    }

    /** Everything of risk reduction delivered to the delegate's state, newest first. */
    @Transactional(readOnly = true)
    public List<DeliveredItem> inbox(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new AccessDeniedException("No such account."));
        if (account.role() != Role.DELEGATE || account.participant() == null) {
            throw new AccessDeniedException("Only a delegate has an inbox.");
        }
        return deliveries.inbox(account.participant());
    }

    void deliver(ItemKind kind, long id, String bodyCode, String fromState, List<String> addressees, Instant at) {
        deliveries.deliver(kind, id, bodyCode, fromState, addressees, at);
    }

    /**
     * Records the state's acknowledgement of an item delivered to it; again, nothing changes.
     *
     * @throws AccessDeniedException when the item was not delivered to the state
     */
    void acknowledge(ItemKind kind, long id, List<Delivery> delivered, String state, String username, Instant now) {
        if (delivered.stream().noneMatch(d -> d.addressee().equals(state))) {
            throw new AccessDeniedException("It was not delivered to " + state + ".");
        }
        if (deliveries.acknowledge(kind, id, state, now, username)) {
            events.publishEvent(new ItemAcknowledged(kind, id, state, now));
        }
    }
}
