package org.trackone.csbm.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What states still owe in a body: replies to requests and incident reports addressed to
 * them, acknowledgements of hotline messages, and the meeting requested after a reply about
 * unusual military activity (owed by both states until it is recorded), each with when it
 * is due. Read apart
 * from the items themselves so that reminders cost one query, however long the history.
 */
@Repository
public class OpenItemRepository {

    private final JdbcClient jdbc;

    OpenItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open items the states owe in the body; incident reports without a reply time are never due. */
    public List<OpenItem> owedBy(String bodyCode, Collection<String> states) {
        return jdbc.sql("""
                select * from (
                    select r.kind as item, r.id, r.addressee_state as state, r.requesting_state as other_state,
                        r.reply_due as due
                    from csbm_request r
                    where r.body_code = ? and not exists (select 1 from csbm_request_reply p where p.request_id = r.id)
                    union all
                    select 'MEETING', r.id, owing.state, owing.other_state, m.meeting_due
                    from csbm_request r join csbm_request_meeting m on m.request_id = r.id
                    cross join lateral (values (r.requesting_state, r.addressee_state),
                        (r.addressee_state, r.requesting_state)) as owing (state, other_state)
                    where r.body_code = ?
                        and not exists (select 1 from csbm_request_meeting_record h where h.request_id = r.id)
                    union all
                    select 'INCIDENT', i.id, i.other_state, i.reporting_state, d.reply_due
                    from csbm_incident i join csbm_incident_reply_due d on d.incident_id = i.id
                    where i.body_code = ? and d.reply_due is not null
                        and not exists (select 1 from csbm_incident_reply p where p.incident_id = i.id)
                    union all
                    select 'HOTLINE', m.id, m.to_state, m.from_state, m.acknowledgement_due
                    from csbm_hotline_message m
                    where m.body_code = ? and m.acknowledgement_due is not null
                        and not exists (select 1 from csbm_item_acknowledgement a
                            where a.item_kind = 'HOTLINE_MESSAGE' and a.item_id = m.id and a.addressee = m.to_state)
                ) owed
                where state = any (?)""")
                .params(bodyCode, bodyCode, bodyCode, bodyCode, states.toArray(String[]::new))
                .query((rs, n) -> new OpenItem(rs.getString("item"), rs.getLong("id"), rs.getString("state"),
                        rs.getString("other_state"), rs.getTimestamp("due").toInstant()))
                .list();
    }

    /**
     * @param item CLARIFICATION or UNUSUAL_ACTIVITY for a request's reply, MEETING for its meeting, INCIDENT,
     *     or HOTLINE
     * @param state the state that owes it
     * @param otherState the state that asked, reported or sent
     */
    public record OpenItem(String item, long id, String state, @Nullable String otherState, Instant due) {
    }
}
