package org.trackone.csbm.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.csbm.ActivityReport;
import org.trackone.csbm.ActivityType;
import org.trackone.csbm.Delivery;
import org.trackone.csbm.Forces;
import org.trackone.csbm.InboxItem;
import org.trackone.csbm.MilitaryActivity;
import org.trackone.csbm.NotificationSummary;
import org.trackone.csbm.ObservationInvitation;
import org.trackone.csbm.Point;
import org.trackone.csbm.PriorNotification;
import org.trackone.csbm.Verdict;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Prior notifications, their links, deliveries and acknowledgements, in plain SQL. Rows are only ever inserted. */
@Repository
public class NotificationRepository {

    private static final TypeReference<List<Point>> POINTS = new TypeReference<>() { };
    private static final String COLUMNS = """
            n.id, n.body_code, n.state, n.submitted_by, n.submitted_at, n.activity_type, n.starts_on, n.ends_on,
            n.area, n.forces, n.description, n.verdict""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NotificationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The notification an account already sent under this key, if any. */
    public Optional<Long> idByKey(String submittedBy, String idempotencyKey) {
        return jdbc.sql("select id from csbm_notification where submitted_by = ? and idempotency_key = ?")
                .params(submittedBy, idempotencyKey).query(Long.class).optional();
    }

    /** Inserts a notification; empty when one with the same key from the same account got there first. */
    public Optional<Long> insert(String bodyCode, String state, String submittedBy, Instant submittedAt,
            MilitaryActivity activity, String description, Verdict verdict, @Nullable String idempotencyKey) {
        return jdbc.sql("""
                insert into csbm_notification (body_code, state, submitted_by, submitted_at, activity_type, starts_on,
                    ends_on, area, forces, description, rule_set_version, verdict, notifiable, late, days_late,
                    idempotency_key)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, cast(? as jsonb), ?, ?, ?, ?)
                on conflict (submitted_by, idempotency_key) do nothing
                returning id""")
                .params(bodyCode, state, submittedBy, Timestamp.from(submittedAt), activity.type().name(),
                        activity.startsOn(), activity.endsOn(), json.writeValueAsString(activity.area()),
                        json.writeValueAsString(activity.forces()), description, verdict.ruleSetVersion(),
                        json.writeValueAsString(verdict), verdict.notifiable(), verdict.late(), verdict.daysLate(),
                        idempotencyKey)
                .query(Long.class).optional();
    }

    public void insertLinks(long id, Collection<Long> linked) {
        for (long other : linked) {
            jdbc.sql("insert into csbm_notification_link (notification_id, linked_id) values (?, ?)")
                    .params(id, other).update();
        }
    }

    /** Files what actually took place; false when a report was filed already. */
    public boolean insertReport(ActivityReport report) {
        return jdbc.sql("""
                insert into csbm_activity_report (notification_id, starts_on, ends_on, forces, description, reported_by,
                    reported_at)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?) on conflict do nothing""")
                .params(report.notificationId(), report.startsOn(), report.endsOn(),
                        json.writeValueAsString(report.forces()), report.description(), report.reportedBy(),
                        Timestamp.from(report.reportedAt()))
                .update() == 1;
    }

    /** Invites the states to observe; false when invitations were sent already. */
    public boolean invite(long id, List<String> states, String by, Instant at) {
        if (jdbc.sql("select count(*) from csbm_observation_invitation where notification_id = ?").param(id)
                .query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("""
                insert into csbm_observation_invitation (notification_id, invited_state, invited_by, invited_at)
                select ?, state, ?, ? from unnest(cast(? as varchar[])) as state""")
                .params(id, by, Timestamp.from(at), states.toArray(String[]::new)).update();
        return true;
    }

    /** Records an invited state's answer; false when it had answered already. */
    public boolean answer(long id, String state, boolean accepted, String by, Instant at) {
        return jdbc.sql("""
                insert into csbm_observation_answer (notification_id, invited_state, accepted, answered_by, answered_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(id, state, accepted, by, Timestamp.from(at)).update() == 1;
    }

    /** Delivers to every addressee in one statement. */
    public void deliver(long id, List<String> addressees, Instant at) {
        if (addressees.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into csbm_delivery (notification_id, addressee, delivered_at)
                select ?, addressee, ? from unnest(cast(? as varchar[])) as addressee""")
                .params(id, Timestamp.from(at), addressees.toArray(String[]::new)).update();
    }

    /** Records an acknowledgement; false when the state had already acknowledged. */
    public boolean acknowledge(long id, String addressee, Instant at, String by) {
        return jdbc.sql("""
                insert into csbm_acknowledgement (notification_id, addressee, acknowledged_at, acknowledged_by)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(id, addressee, Timestamp.from(at), by).update() == 1;
    }

    public Optional<PriorNotification> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from csbm_notification n where n.id = ?").param(id)
                .query(this::row).optional().map(this::complete);
    }

    /** One page of a body's notifications (of one state, or of all when null), latest activity first. */
    public List<PriorNotification> ofBody(String bodyCode, @Nullable String state, long offset, int limit) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from csbm_notification n where n.body_code = ? "
                + "and (cast(? as varchar) is null or n.state = ?) order by n.starts_on desc, n.id desc "
                + "offset ? limit ?").params(bodyCode, state, state, offset, limit).query(this::row).list();
        return completeAll(rows);
    }

    public long countOfBody(String bodyCode, @Nullable String state) {
        return jdbc.sql("select count(*) from csbm_notification where body_code = ? "
                + "and (cast(? as varchar) is null or state = ?)").params(bodyCode, state, state)
                .query(Long.class).single();
    }

    /** The state's notified activities with these ids (an id of another state or body is left out). */
    public Map<Long, MilitaryActivity> activities(String bodyCode, String state, Collection<Long> ids) {
        Map<Long, MilitaryActivity> activities = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from csbm_notification n where n.body_code = ? and n.state = ? "
                + "and n.id = any(?)").params(bodyCode, state, ids.toArray(Long[]::new)).query(this::row).list()
                .forEach(row -> activities.put(row.id(), row.activity()));
        return activities;
    }

    /** The state's notified activities starting between two days with more than so many troops. */
    public Map<Long, MilitaryActivity> activitiesAbove(String bodyCode, String state, LocalDate from, LocalDate to,
            int troops) {
        Map<Long, MilitaryActivity> activities = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from csbm_notification n where n.body_code = ? and n.state = ? "
                + "and n.starts_on between ? and ? and (n.forces ->> 'troops')::int > ?")
                .params(bodyCode, state, from, to, troops).query(this::row).list()
                .forEach(row -> activities.put(row.id(), row.activity()));
        return activities;
    }

    /** Per state and year of the activity: how many notifiable activities were notified, how many late, the most days late. */
    public List<YearOfNotifications> notifiableByStateAndYear(String bodyCode, int fromYear, int toYear) {
        return jdbc.sql("""
                select state, extract(year from starts_on)::int as year, count(*) as notified,
                    count(*) filter (where late) as late,
                    coalesce(max(days_late) filter (where late), 0) as most_days_late
                from csbm_notification
                where body_code = ? and notifiable and starts_on between ? and ?
                group by state, extract(year from starts_on)""")
                .params(bodyCode, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31))
                .query((rs, n) -> new YearOfNotifications(rs.getString("state"), rs.getInt("year"),
                        rs.getInt("notified"), rs.getInt("late"), rs.getLong("most_days_late")))
                .list();
    }

    /** The body's notified activities starting in one year, by state then first day, as a report lists them. */
    public List<NotificationSummary> summariesOfYear(String bodyCode, int year) {
        return jdbc.sql("""
                select n.id, n.state, n.activity_type, n.starts_on, n.ends_on, coalesce((n.forces ->> 'troops')::int, 0)
                    as troops, n.notifiable, coalesce((n.verdict ->> 'observable')::boolean, false) as observable,
                    n.late, n.days_late, n.submitted_at
                from csbm_notification n
                where n.body_code = ? and n.starts_on between ? and ?
                order by n.state, n.starts_on, n.id""")
                .params(bodyCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new NotificationSummary(rs.getLong("id"), rs.getString("state"),
                        ActivityType.valueOf(rs.getString("activity_type")), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getInt("troops"), rs.getBoolean("notifiable"),
                        rs.getBoolean("observable"), rs.getBoolean("late"), rs.getLong("days_late"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    /** A state's notifiable activities of one year, as the compliance counts them. */
    public record YearOfNotifications(String state, int year, int notified, int late, long mostDaysLate) {
    }

    public List<InboxItem> inbox(String state) {
        return jdbc.sql("""
                select n.id, n.body_code, n.state, n.activity_type, n.starts_on, d.delivered_at, a.acknowledged_at,
                    a.acknowledged_by, n.verdict
                from csbm_delivery d join csbm_notification n on n.id = d.notification_id
                left join csbm_acknowledgement a on a.notification_id = d.notification_id and a.addressee = d.addressee
                where d.addressee = ? order by d.delivered_at desc, n.id desc""")
                .param(state).query((rs, n) -> new InboxItem(rs.getLong("id"), rs.getString("body_code"),
                        rs.getString("state"), ActivityType.valueOf(rs.getString("activity_type")),
                        rs.getObject("starts_on", LocalDate.class), rs.getTimestamp("delivered_at").toInstant(),
                        instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"),
                        json.readValue(rs.getString("verdict"), Verdict.class).late()))
                .list();
    }

    private List<PriorNotification> completeAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, List<Long>> links = new HashMap<>();
        jdbc.sql("select notification_id, linked_id from csbm_notification_link where notification_id = any(?) "
                + "order by linked_id").param(ids).query((rs, n) -> {
                    links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    return null;
                }).list();
        Map<Long, List<Delivery>> deliveries = new HashMap<>();
        jdbc.sql("""
                select d.notification_id, d.addressee, d.delivered_at, a.acknowledged_at, a.acknowledged_by
                from csbm_delivery d left join csbm_acknowledgement a
                    on a.notification_id = d.notification_id and a.addressee = d.addressee
                where d.notification_id = any(?) order by d.addressee""").param(ids).query((rs, n) -> {
                    deliveries.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Delivery(
                            rs.getString("addressee"), rs.getTimestamp("delivered_at").toInstant(),
                            instant(rs, "acknowledged_at"), rs.getString("acknowledged_by")));
                    return null;
                }).list();
        Map<Long, ActivityReport> reports = new HashMap<>();
        jdbc.sql("select notification_id, starts_on, ends_on, forces, description, reported_by, reported_at "
                + "from csbm_activity_report where notification_id = any(?)").param(ids).query((rs, n) -> {
                    reports.put(rs.getLong(1), new ActivityReport(rs.getLong(1), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class), json.readValue(rs.getString(4), Forces.class),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
                    return null;
                }).list();
        Map<Long, List<ObservationInvitation>> invitations = new HashMap<>();
        jdbc.sql("""
                select i.notification_id, i.invited_state, i.invited_by, i.invited_at, a.accepted, a.answered_by,
                    a.answered_at
                from csbm_observation_invitation i left join csbm_observation_answer a
                    on a.notification_id = i.notification_id and a.invited_state = i.invited_state
                where i.notification_id = any(?) order by i.invited_state""").param(ids).query((rs, n) -> {
                    boolean accepted = rs.getBoolean("accepted");
                    Boolean answer = rs.wasNull() ? null : accepted;
                    invitations.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ObservationInvitation(
                            rs.getString("invited_state"), rs.getString("invited_by"),
                            rs.getTimestamp("invited_at").toInstant(), answer, rs.getString("answered_by"),
                            instant(rs, "answered_at")));
                    return null;
                }).list();
        return rows.stream().map(r -> r.notification(links.getOrDefault(r.id(), List.of()),
                deliveries.getOrDefault(r.id(), List.of()), reports.get(r.id()),
                invitations.getOrDefault(r.id(), List.of()))).toList();
    }

    private PriorNotification complete(Row row) {
        return completeAll(List.of(row)).getFirst();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        MilitaryActivity activity = new MilitaryActivity(ActivityType.valueOf(rs.getString("activity_type")),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                json.readValue(rs.getString("area"), POINTS), json.readValue(rs.getString("forces"), Forces.class));
        return new Row(rs.getLong("id"), rs.getString("body_code"), rs.getString("state"),
                rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(), activity,
                rs.getString("description"), json.readValue(rs.getString("verdict"), Verdict.class));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private record Row(long id, String bodyCode, String state, String submittedBy, Instant submittedAt,
            MilitaryActivity activity, String description, Verdict verdict) {

        PriorNotification notification(List<Long> links, List<Delivery> deliveries, @Nullable ActivityReport report,
                List<ObservationInvitation> invitations) {
            return new PriorNotification(id, bodyCode, state, submittedBy, submittedAt, activity, links, description,
                    verdict, deliveries, report, invitations);
        }
    }
}
