package org.trackone.csbm.internal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.trackone.csbm.DeliveredItem;
import org.trackone.csbm.Delivery;
import org.trackone.csbm.Inboxes;
import org.trackone.csbm.ItemKind;
import org.trackone.web.ApiController;

/**
 * A state's inbox beside prior notifications: annual exchanges and calendars, risk-reduction
 * requests, incident reports and hotline messages, each delivered and acknowledged.
 */
@ApiController
@Tag(name = "Inbox", description = "What was delivered to each addressee state, and its acknowledgement.")
class InboxApi {

    private final Inboxes inboxes;

    InboxApi(Inboxes inboxes) {
        this.inboxes = inboxes;
    }

    @GetMapping("/api/v1/csbm/inbox/items")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "readInboxItems", summary = "The items delivered to the delegate's state",
            description = "Annual exchanges, annual calendars, risk-reduction requests, hazardous incident reports "
                    + "and hotline messages, newest first, with the state's acknowledgement. Prior notifications "
                    + "are at /api/v1/csbm/inbox.")
    List<DeliveredItem> inbox(Authentication authentication) {
        return inboxes.inbox(authentication.getName());
    }

    @GetMapping("/api/v1/csbm/deliveries/{kind}/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
    @Operation(operationId = "readDeliveries", summary = "An item's delivery to each addressee and who acknowledged",
            description = "The secretariat and the participating states; a hotline message's only to its two states "
                    + "and the secretariat.")
    List<Delivery> deliveries(@PathVariable ItemKind kind, @PathVariable long id, Authentication authentication) {
        return inboxes.deliveries(kind, id, authentication.getName());
    }

    @PostMapping("/api/v1/csbm/deliveries/{kind}/{id}/acknowledgements")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(operationId = "acknowledgeDelivery", summary = "Acknowledge an item for the delegate's state",
            description = "Only a state it was delivered to; its time is recorded and the first acknowledgement stands.")
    List<Delivery> acknowledge(@PathVariable ItemKind kind, @PathVariable long id, Authentication authentication) {
        return inboxes.acknowledge(kind, id, authentication.getName());
    }
}
