package org.trackone.csbm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checks the hotline regularly and escalates to the secretariat every message not acknowledged in time. */
@Component
class HotlineEscalation {

    private static final Logger log = LoggerFactory.getLogger(HotlineEscalation.class);

    private final Hotline hotline;

    HotlineEscalation(Hotline hotline) {
        this.hotline = hotline;
    }

    @Scheduled(fixedDelayString = "${trackone.csbm.hotline-check}", initialDelayString = "${trackone.csbm.hotline-check}")
    void escalate() {
        int escalated = hotline.escalateOverdue().size();
        if (escalated > 0) {
            log.info("Escalated {} hotline messages to the secretariat", escalated);
        }
    }
}
