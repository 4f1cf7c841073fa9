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
import org.trackone.csbm.Delivery;
import org.trackone.csbm.HotlineMessage;

/** Hotline messages, their delivery, acknowledgement and escalation, in plain SQL. Rows are only ever inserted. */
@Repository
public class HotlineRepository {

    private static final String SELECT = """
            select m.id, m.body_code, m.from_state, m.to_state, m.message, m.sent_by, m.sent_at, m.rule_set_version,
                m.acknowledgement_due, d.delivered_at, a.acknowledged_at, a.acknowledged_by, e.escalated_at
            from csbm_hotline_message m
            join csbm_item_delivery d on d.item_kind = 'HOTLINE_MESSAGE' and d.item_id = m.id and d.addressee = m.to_state
            left join csbm_item_acknowledgement a
                on a.item_kind = d.item_kind and a.item_id = d.item_id and a.addressee = d.addressee
            left join csbm_hotline_escalation e on e.message_id = m.id
            """;

    private final JdbcClient jdbc;

    HotlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String bodyCode, String fromState, String toState, String message, String sentBy, Instant sentAt,
            int ruleSetVersion, @Nullable Instant acknowledgementDue) {
        return jdbc.sql("""
                insert into csbm_hotline_message (body_code, from_state, to_state, message, sent_by, sent_at,
                    rule_set_version, acknowledgement_due)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(bodyCode, fromState, toState, message, sentBy, Timestamp.from(sentAt), ruleSetVersion,
                        acknowledgementDue == null ? null : Timestamp.from(acknowledgementDue))
                .query(Long.class).single();
    }

    /** Records the escalation of every message due before {@code now} and not acknowledged; their ids. */
    public List<Long> escalateOverdue(Instant now) {
        return jdbc.sql("""
                insert into csbm_hotline_escalation (message_id, escalated_at)
                select m.id, ? from csbm_hotline_message m
                where m.acknowledgement_due < ?
                    and not exists (select 1 from csbm_item_acknowledgement a
                        where a.item_kind = 'HOTLINE_MESSAGE' and a.item_id = m.id)
                    and not exists (select 1 from csbm_hotline_escalation e where e.message_id = m.id)
                on conflict do nothing
                returning message_id""")
                .params(Timestamp.from(now), Timestamp.from(now)).query(Long.class).list();
    }

    public Optional<HotlineMessage> find(long id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id).query(HotlineRepository::message).optional();
    }

    /**
     * The body's messages, newest first: of one state (sent or received) or of all when null;
     * only the escalated ones when asked.
     */
    public List<HotlineMessage> ofBody(String bodyCode, @Nullable String state, boolean escalatedOnly) {
        return jdbc.sql(SELECT + """
                 where m.body_code = ? and (cast(? as varchar) is null or m.from_state = ? or m.to_state = ?)
                    and (not ? or e.escalated_at is not null)
                order by m.sent_at desc, m.id desc""")
                .params(bodyCode, state, state, state, escalatedOnly).query(HotlineRepository::message).list();
    }

    private static HotlineMessage message(ResultSet rs, int n) throws SQLException {
        return new HotlineMessage(rs.getLong("id"), rs.getString("body_code"), rs.getString("from_state"),
                rs.getString("to_state"), rs.getString("message"), rs.getString("sent_by"),
                rs.getTimestamp("sent_at").toInstant(), rs.getInt("rule_set_version"),
                DeliveryRepository.instant(rs, "acknowledgement_due"),
                new Delivery(rs.getString("to_state"), rs.getTimestamp("delivered_at").toInstant(),
                        DeliveryRepository.instant(rs, "acknowledged_at"), rs.getString("acknowledged_by")),
                DeliveryRepository.instant(rs, "escalated_at"));
    }
}
