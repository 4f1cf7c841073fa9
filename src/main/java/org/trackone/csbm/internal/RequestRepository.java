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
import org.trackone.csbm.MeetingRecord;
import org.trackone.csbm.MeetingScope;
import org.trackone.csbm.RequestKind;
import org.trackone.csbm.RiskReductionRequest;
import org.trackone.csbm.RiskReductionRequest.Meeting;
import org.trackone.csbm.RiskReductionRequest.Reply;

/** Requests, replies, meeting requests and meeting records of risk reduction. Rows are only ever inserted. */
@Repository
public class RequestRepository {

    private static final String SELECT = """
            select r.id, r.body_code, r.kind, r.requesting_state, r.addressee_state, r.about_notification_id,
                r.about_exchange_id, r.question, r.asked_by, r.asked_at, r.reply_due, r.rule_set_version,
                p.answer, p.replied_by, p.replied_at, m.scope, m.requested_by, m.requested_at, m.meeting_due,
                h.held_at, h.place, h.states, h.outcome, h.recording_state, h.recorded_by, h.recorded_at
            from csbm_request r
            left join csbm_request_reply p on p.request_id = r.id
            left join csbm_request_meeting m on m.request_id = r.id
            left join csbm_request_meeting_record h on h.request_id = r.id
            """;

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String bodyCode, RequestKind kind, String requestingState, String addresseeState,
            @Nullable Long aboutNotification, @Nullable Long aboutExchange, String question, String askedBy,
            Instant askedAt, Instant replyDue, int ruleSetVersion) {
        return jdbc.sql("""
                insert into csbm_request (body_code, kind, requesting_state, addressee_state, about_notification_id,
                    about_exchange_id, question, asked_by, asked_at, reply_due, rule_set_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(bodyCode, kind.name(), requestingState, addresseeState, aboutNotification, aboutExchange,
                        question, askedBy, Timestamp.from(askedAt), Timestamp.from(replyDue), ruleSetVersion)
                .query(Long.class).single();
    }

    /** Records the reply; false when the request already had one (it is closed). */
    public boolean reply(long id, String answer, String by, Instant at) {
        return jdbc.sql("insert into csbm_request_reply (request_id, answer, replied_by, replied_at) "
                + "values (?, ?, ?, ?) on conflict do nothing")
                .params(id, answer, by, Timestamp.from(at)).update() == 1;
    }

    /** Records the meeting request; false when one was requested already. */
    public boolean requestMeeting(long id, MeetingScope scope, String by, Instant at, Instant due) {
        return jdbc.sql("insert into csbm_request_meeting (request_id, scope, requested_by, requested_at, meeting_due) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(id, scope.name(), by, Timestamp.from(at), Timestamp.from(due)).update() == 1;
    }

    /** Records the meeting held; false when it was recorded already. */
    public boolean recordMeetingHeld(long id, MeetingRecord held) {
        return jdbc.sql("""
                insert into csbm_request_meeting_record (request_id, held_at, place, states, outcome, recording_state,
                    recorded_by, recorded_at)
                values (?, ?, ?, cast(? as varchar[]), ?, ?, ?, ?) on conflict do nothing""")
                .params(id, Timestamp.from(held.heldAt()), held.place(), held.states().toArray(String[]::new),
                        held.outcome(), held.recordingState(), held.recordedBy(), Timestamp.from(held.recordedAt()))
                .update() == 1;
    }

    public Optional<RiskReductionRequest> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(RequestRepository::request).optional();
    }

    public List<RiskReductionRequest> ofBody(String bodyCode) {
        return jdbc.sql(SELECT + " where r.body_code = ? order by r.asked_at desc, r.id desc").param(bodyCode)
                .query(RequestRepository::request).list();
    }

    /**
     * Per addressee state and year asked: how the requests and incident reports it received
     * were answered. An incident report reported under rules that set no reply time has no
     * deadline: it is answered or not. Incident reports are bilateral: with
     * {@code incidentsOf}, only those between that state and another count.
     */
    public List<YearOfReplies> repliesByStateAndYear(String bodyCode, int fromYear, int toYear, Instant now,
            @Nullable String incidentsOf) {
        return jdbc.sql("""
                select state, year, count(*) filter (where replied_at is not null) as answered,
                    count(*) filter (where replied_at > reply_due) as answered_late,
                    coalesce(max(ceil(extract(epoch from (replied_at - reply_due)) / 86400))
                        filter (where replied_at > reply_due), 0)::bigint as most_days_late,
                    count(*) filter (where replied_at is null) as unanswered,
                    count(*) filter (where replied_at is null and reply_due < ?) as overdue
                from (
                    select r.addressee_state as state, extract(year from r.asked_at at time zone 'UTC')::int as year,
                        r.reply_due, p.replied_at
                    from csbm_request r left join csbm_request_reply p on p.request_id = r.id
                    where r.body_code = ?
                    union all
                    select i.other_state, extract(year from i.reported_at at time zone 'UTC')::int, d.reply_due,
                        p.replied_at
                    from csbm_incident i left join csbm_incident_reply p on p.incident_id = i.id
                    join csbm_incident_reply_due d on d.incident_id = i.id
                    where i.body_code = ? and (cast(? as varchar) is null or ? in (i.reporting_state, i.other_state))
                ) received
                where year between ? and ?
                group by state, year""")
                .params(Timestamp.from(now), bodyCode, bodyCode, incidentsOf, incidentsOf, fromYear, toYear)
                .query((rs, n) -> new YearOfReplies(rs.getString("state"), rs.getInt("year"), rs.getInt("answered"),
                        rs.getInt("answered_late"), rs.getLong("most_days_late"), rs.getInt("unanswered"),
                        rs.getInt("overdue")))
                .list();
    }

    /**
     * What a state received in one year and how it answered.
     *
     * @param answeredLate answered after the reply was due
     * @param mostDaysLate the most days (begun) any answer came late
     * @param overdue not answered, and the reply was due
     */
    public record YearOfReplies(String state, int year, int answered, int answeredLate, long mostDaysLate,
            int unanswered, int overdue) {
    }

    private static RiskReductionRequest request(ResultSet rs, int n) throws SQLException {
        long notification = rs.getLong("about_notification_id");
        Long aboutNotification = rs.wasNull() ? null : notification;
        long exchange = rs.getLong("about_exchange_id");
        Long aboutExchange = rs.wasNull() ? null : exchange;
        Reply reply = rs.getString("answer") == null ? null : new Reply(rs.getString("answer"),
                rs.getString("replied_by"), rs.getTimestamp("replied_at").toInstant());
        Meeting meeting = rs.getString("scope") == null ? null : new Meeting(MeetingScope.valueOf(rs.getString("scope")),
                rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
                rs.getTimestamp("meeting_due").toInstant());
        MeetingRecord held = rs.getTimestamp("held_at") == null ? null : new MeetingRecord(
                rs.getTimestamp("held_at").toInstant(), rs.getString("place"),
                List.of((String[]) rs.getArray("states").getArray()), rs.getString("outcome"),
                rs.getString("recording_state"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
        return new RiskReductionRequest(rs.getLong("id"), rs.getString("body_code"),
                RequestKind.valueOf(rs.getString("kind")), rs.getString("requesting_state"),
                rs.getString("addressee_state"), aboutNotification, aboutExchange, rs.getString("question"),
                rs.getString("asked_by"), rs.getTimestamp("asked_at").toInstant(),
                rs.getTimestamp("reply_due").toInstant(), rs.getInt("rule_set_version"), reply, meeting, held);
    }
}
