package org.trackone.csbm;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trackone.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every csbm table that records official acts refuses, in the database itself, to
 * update or delete a row: whatever the application does, a submission, a delivery or an
 * acknowledgement once written stays as written. Only the drafts of the annual exchange
 * and the note of which demonstration files were loaded change.
 */
@IntegrationTest
class ImmutableActsTest {

    /** The tables that are no official act. */
    private static final Set<String> CHANGEABLE = Set.of("csbm_exchange_draft", "csbm_demo_load");

    @Autowired JdbcClient jdbc;

    private List<String> actTables() {
        return jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name like 'csbm\\_%'
                order by table_name""").query(String.class).list().stream()
                .filter(table -> !CHANGEABLE.contains(table)).toList();
    }

    @Test
    void everyTableOfOfficialActsHasATriggerRefusingUpdateAndDelete() {
        List<String> tables = actTables();
        assertThat(tables).contains("csbm_notification", "csbm_delivery", "csbm_acknowledgement", "csbm_exchange",
                "csbm_calendar", "csbm_request", "csbm_request_reply", "csbm_rule_set_version", "csbm_incident",
                "csbm_hotline_message");
        Set<String> missing = new TreeSet<>();
        for (String table : tables) {
            Set<String> events = new TreeSet<>(jdbc.sql("""
                    select event_manipulation from information_schema.triggers
                    where event_object_table = ? and action_timing = 'BEFORE'
                      and action_statement like '%csbm_refuse_change()%'""").param(table)
                    .query(String.class).list());
            if (!events.containsAll(Set.of("UPDATE", "DELETE"))) {
                missing.add(table + " " + events);
            }
        }
        assertThat(missing).as("tables of official acts that the database lets change").isEmpty();
    }

    @Test
    void anUpdateOrADeleteOfAnyRecordedActIsRefusedAndChangesNothing() {
        int tried = 0;
        for (String table : actTables()) {
            long rows = jdbc.sql("select count(*) from " + table).query(Long.class).single();
            if (rows == 0) {
                continue;
            }
            tried++;
            String column = jdbc.sql("""
                    select column_name from information_schema.columns
                    where table_schema = current_schema() and table_name = ? and is_identity = 'NO'
                      and is_generated = 'NEVER'
                    order by ordinal_position limit 1""")
                    .param(table).query(String.class).single();
            assertThatThrownBy(() -> jdbc.sql("update " + table + " set " + column + " = " + column).update())
                    .as(table).hasMessageContaining("is an official record");
            assertThatThrownBy(() -> jdbc.sql("delete from " + table).update())
                    .as(table).hasMessageContaining("is an official record");
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isEqualTo(rows);
        }
        // The demonstration's rules, notifications, deliveries, exchanges, calendars and requests at least.
        assertThat(tried).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aDraftStaysEditable() {
        assertThat(jdbc.sql("""
                select count(*) from information_schema.triggers where event_object_table = 'csbm_exchange_draft'""")
                .query(Long.class).single()).isZero();
    }
}
