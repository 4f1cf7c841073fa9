package org.trackone;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Completed publications go after the retention period; incomplete ones never do. */
@IntegrationTest
class EventHousekeepingTest {

    @Autowired EventHousekeeping housekeeping;
    @Autowired JdbcClient jdbc;

    @Test
    void deletesOnlyPublicationsCompletedLongerAgoThanTheRetention() {
        UUID old = publication("now() - interval '31 days'", "now() - interval '31 days'");
        UUID recent = publication("now() - interval '2 days'", "now() - interval '1 day'");
        UUID incomplete = publication("now() - interval '90 days'", null);

        housekeeping.deleteOldCompletedPublications();

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(incomplete)).isTrue();
        jdbc.sql("delete from event_publication where id in (?, ?)").params(recent, incomplete).update();
    }

    private UUID publication(String published, String completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status)
                values (?, 'housekeeping-test', 'org.trackone.Test', '{}', %s, %s, %s)""".formatted(published,
                        completed == null ? "null" : completed, completed == null ? "'PUBLISHED'" : "'COMPLETED'"))
                .param(id).update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = ?").param(id).query(Long.class).single() > 0;
    }
}
