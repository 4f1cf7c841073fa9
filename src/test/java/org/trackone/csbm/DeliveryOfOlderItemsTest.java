package org.trackone.csbm;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.trackone.IntegrationTest;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.HistoricalDate;
import org.trackone.framework.MembershipAction;
import org.trackone.framework.MembershipChangeRequest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V3_13 delivers the exchanges, calendars and requests submitted before items
 * were delivered (V3_10): items stored as such a database holds them, with no delivery,
 * reach every other participating state's inbox (a request, the state asked) at the time
 * they were submitted, unacknowledged; running it again adds nothing, and items delivered
 * already are left as they are.
 */
@IntegrationTest
class DeliveryOfOlderItemsTest {

    private static final String MIGRATION = "db/migration/csbm/V3_13__csbm_deliver_older_items.sql";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired DataSource dataSource;
    @Autowired AnnualExchanges exchanges;

    @Test
    void itemsSubmittedBeforeDeliveryAreDeliveredOnceAtTheirSubmissionTime() throws Exception {
        String body = DeadlineBodies.full(context, "CSBM-OLDER-ITEMS");
        Instant submitted = Instant.parse("2020-06-01T08:30:00Z");
        MilitaryInformation information = new MilitaryInformation(new MilitaryExpenditure(BudgetForm.NIL, null, null,
                null), List.of(), new DefencePlanning("A policy submitted before delivery.", List.of()));
        long exchange = jdbc.sql("""
                insert into csbm_exchange (body_code, state, year, version, information, submitted_by, submitted_at)
                values (?, 'KOR', 2021, 1, cast(? as jsonb), 'kor-defence', ?) returning id""")
                .params(body, json.writeValueAsString(information), Timestamp.from(submitted)).query(Long.class).single();
        long calendar = jdbc.sql("""
                insert into csbm_calendar (body_code, state, year, version, entries, submitted_by, submitted_at)
                values (?, 'CHN', 2021, 1, cast(? as jsonb), 'chn-defence', ?) returning id""")
                .params(body, json.writeValueAsString(List.of(new CalendarEntry(ActivityType.EXERCISE,
                        LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 5), 14_000))), Timestamp.from(submitted))
                .query(Long.class).single();
        long request = jdbc.sql("""
                insert into csbm_request (body_code, kind, requesting_state, addressee_state, question, asked_by, asked_at,
                    reply_due, rule_set_version)
                values (?, 'UNUSUAL_ACTIVITY', 'JPN', 'CHN', 'Why the concentration?', 'jpn-foreign', ?, ?, 1)
                returning id""")
                .params(body, Timestamp.from(submitted), Timestamp.from(submitted.plusSeconds(48 * 3600)))
                .query(Long.class).single();
        long delivered = exchanges.submit(body, "JPN", 2022, information, null, "jpn-defence").id();
        // Russia joins after those items: they were never addressed to it.
        context.getBean(FrameworkAdministration.class).changeMembership(body, new MembershipChangeRequest("RUS",
                MembershipAction.JOIN, HistoricalDate.parse("2023"), null), "secretariat");
        List<Delivery> deliveredBefore = deliveries(ItemKind.ANNUAL_EXCHANGE, delivered);
        assertThat(deliveries(ItemKind.ANNUAL_EXCHANGE, exchange)).isEmpty();

        migrate();
        List<Delivery> ofExchange = deliveries(ItemKind.ANNUAL_EXCHANGE, exchange);
        assertThat(ofExchange).extracting(Delivery::addressee).containsExactly("CHN", "JPN");
        assertThat(deliveries(ItemKind.ANNUAL_EXCHANGE, delivered)).extracting(Delivery::addressee)
                .containsExactly("CHN", "KOR");
        assertThat(ofExchange).allMatch(d -> d.deliveredAt().equals(submitted) && !d.acknowledged());
        assertThat(deliveries(ItemKind.ANNUAL_CALENDAR, calendar)).extracting(Delivery::addressee)
                .containsExactly("JPN", "KOR");
        List<Delivery> ofRequest = deliveries(ItemKind.RISK_REDUCTION_REQUEST, request);
        assertThat(ofRequest).extracting(Delivery::addressee).containsExactly("CHN");
        assertThat(ofRequest.getFirst().deliveredAt()).isEqualTo(submitted);
        assertThat(jdbc.sql("select from_state from csbm_item_delivery where item_kind = 'RISK_REDUCTION_REQUEST' "
                + "and item_id = ?").param(request).query(String.class).single()).isEqualTo("JPN");
        assertThat(deliveries(ItemKind.ANNUAL_EXCHANGE, delivered)).isEqualTo(deliveredBefore);

        // In the inbox, to be acknowledged like any item delivered since.
        var inbox = new CsbmCalls(mvc).get("/api/v1/csbm/inbox/items", CsbmCalls.delegate("chn-foreign")).json();
        assertThat(inbox.valueStream().anyMatch(i -> i.path("kind").asString().equals("ANNUAL_EXCHANGE")
                && i.path("itemId").asLong() == exchange && !i.path("acknowledged").asBoolean())).isTrue();
        new CsbmCalls(mvc).post("/api/v1/csbm/deliveries/ANNUAL_EXCHANGE/" + exchange + "/acknowledgements", "",
                CsbmCalls.delegate("chn-foreign")).hasStatus(200);

        long rows = jdbc.sql("select count(*) from csbm_item_delivery").query(Long.class).single();
        migrate();
        assertThat(jdbc.sql("select count(*) from csbm_item_delivery").query(Long.class).single()).isEqualTo(rows);
    }

    private List<Delivery> deliveries(ItemKind kind, long id) {
        return jdbc.sql("""
                select d.addressee, d.delivered_at, a.acknowledged_at, a.acknowledged_by
                from csbm_item_delivery d left join csbm_item_acknowledgement a
                    on a.item_kind = d.item_kind and a.item_id = d.item_id and a.addressee = d.addressee
                where d.item_kind = ? and d.item_id = ? order by d.addressee""").params(kind.name(), id)
                .query((rs, n) -> new Delivery(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(MIGRATION));
        }
    }
}
