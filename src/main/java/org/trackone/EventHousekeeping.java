package org.trackone;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes event publications whose listeners completed longer ago than
 * {@code trackone.events.keep-completed}. The registry marks a publication completed
 * rather than deleting it, so that what the system did stays visible for a while; the
 * domain's own history lives in each module's tables, never here.
 */
@Component
@EnableScheduling
class EventHousekeeping {

    private final CompletedEventPublications completed;
    private final TrackoneSettings settings;

    EventHousekeeping(CompletedEventPublications completed, TrackoneSettings settings) {
        this.completed = completed;
        this.settings = settings;
    }

    @Scheduled(cron = "0 17 3 * * *")
    void deleteOldCompletedPublications() {
        completed.deletePublicationsOlderThan(settings.events().keepCompleted());
    }
}
