package org.trackone.csbm.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.csbm.DeliveredItem;
import org.trackone.csbm.Delivery;
import org.trackone.csbm.ItemKind;

/**
 * Risk-reduction items (incident reports, hotline messages) delivered to their addressee
 * states' inboxes, and each state's acknowledgement. Rows are only ever inserted.
 */
@Repository
public class DeliveryRepository {

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void deliver(ItemKind kind, long id, String bodyCode, String fromState, List<String> addressees,
            Instant at) {
        jdbc.sql("""
                insert into csbm_item_delivery (item_kind, item_id, body_code, from_state, addressee, delivered_at)
                select ?, ?, ?, ?, addressee, ? from unnest(cast(? as varchar[])) as addressee""")
                .params(kind.name(), id, bodyCode, fromState, Timestamp.from(at), addressees.toArray(String[]::new))
                .update();
    }

    /** Records an acknowledgement; false when the state had acknowledged already. */
    public boolean acknowledge(ItemKind kind, long id, String addressee, Instant at, String by) {
        return jdbc.sql("""
                insert into csbm_item_acknowledgement (item_kind, item_id, addressee, acknowledged_at, acknowledged_by)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(kind.name(), id, addressee, Timestamp.from(at), by).update() == 1;
    }

    public List<Delivery> deliveries(ItemKind kind, long id) {
        return jdbc.sql("""
                select d.addressee, d.delivered_at, a.acknowledged_at, a.acknowledged_by
                from csbm_item_delivery d left join csbm_item_acknowledgement a
                    on a.item_kind = d.item_kind and a.item_id = d.item_id and a.addressee = d.addressee
                where d.item_kind = ? and d.item_id = ? order by d.addressee""")
                .params(kind.name(), id)
                .query((rs, n) -> new Delivery(rs.getString("addressee"), rs.getTimestamp("delivered_at").toInstant(),
                        instant(rs, "acknowledged_at"), rs.getString("acknowledged_by")))
                .list();
    }

    /** An item as delivered: its body, its sender and its delivery to each addressee; empty when never delivered. */
    public Optional<Delivered> find(ItemKind kind, long id) {
        List<Delivered> rows = jdbc.sql("select body_code, from_state from csbm_item_delivery "
                + "where item_kind = ? and item_id = ? limit 1").params(kind.name(), id)
                .query((rs, n) -> new Delivered(rs.getString(1), rs.getString(2), deliveries(kind, id))).list();
        return rows.stream().findFirst();
    }

    /** An item's body, sender and deliveries. */
    public record Delivered(String bodyCode, String fromState, List<Delivery> deliveries) {
    }

    /**
     * Everything delivered to the state, newest first; for an exchange or a calendar, with
     * its year and version.
     */
    public List<DeliveredItem> inbox(String state) {
        return jdbc.sql("""
                select d.item_kind, d.item_id, d.body_code, d.from_state, d.delivered_at, a.acknowledged_at,
                    a.acknowledged_by, coalesce(e.year, c.year) as year, coalesce(e.version, c.version) as version
                from csbm_item_delivery d left join csbm_item_acknowledgement a
                    on a.item_kind = d.item_kind and a.item_id = d.item_id and a.addressee = d.addressee
                left join csbm_exchange e on d.item_kind = 'ANNUAL_EXCHANGE' and e.id = d.item_id
                left join csbm_calendar c on d.item_kind = 'ANNUAL_CALENDAR' and c.id = d.item_id
                where d.addressee = ? order by d.delivered_at desc, d.item_id desc""")
                .param(state)
                .query((rs, n) -> new DeliveredItem(ItemKind.valueOf(rs.getString("item_kind")), rs.getLong("item_id"),
                        rs.getString("body_code"), rs.getString("from_state"),
                        rs.getTimestamp("delivered_at").toInstant(), instant(rs, "acknowledged_at"),
                        rs.getString("acknowledged_by"), (Integer) rs.getObject("year"),
                        (Integer) rs.getObject("version")))
                .list();
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
