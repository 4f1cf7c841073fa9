package org.trackone.csbm.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.csbm.HazardousIncident;
import org.trackone.csbm.IncidentEnvironment;
import org.trackone.csbm.ItemKind;
import org.trackone.csbm.Point;
import org.trackone.csbm.RiskReductionRequest.Reply;

/**
 * Hazardous incident reports and their replies, in plain SQL, each with the time its reply
 * is due under the rules in force when it was reported. Rows are only ever inserted.
 */
@Repository
public class IncidentRepository {

    private static final String SELECT = """
            select i.id, i.body_code, i.reporting_state, i.other_state, i.environment, i.occurred_at, i.latitude,
                i.longitude, i.units_involved, i.closest_approach_metres, i.what_happened, i.reported_by, i.reported_at,
                r.answer, r.replied_by, r.replied_at, d.rule_set_version, d.reply_due
            from csbm_incident i left join csbm_incident_reply r on r.incident_id = i.id
            join csbm_incident_reply_due d on d.incident_id = i.id
            """;

    private final JdbcClient jdbc;
    private final DeliveryRepository deliveries;

    IncidentRepository(JdbcClient jdbc, DeliveryRepository deliveries) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
    }

    /** Inserts a report; its fields have been checked. */
    public long insert(String bodyCode, String reportingState, String otherState, IncidentEnvironment environment,
            Instant occurredAt, Point position, String unitsInvolved, int closestApproachMetres, String whatHappened,
            String reportedBy, Instant reportedAt) {
        return jdbc.sql("""
                insert into csbm_incident (body_code, reporting_state, other_state, environment, occurred_at, latitude,
                    longitude, units_involved, closest_approach_metres, what_happened, reported_by, reported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(bodyCode, reportingState, otherState, environment.name(), Timestamp.from(occurredAt),
                        position.latitude(), position.longitude(), unitsInvolved, closestApproachMetres, whatHappened,
                        reportedBy, Timestamp.from(reportedAt))
                .query(Long.class).single();
    }

    /** Records the reply; false when the incident had one already. */
    public boolean reply(long id, String answer, String by, Instant at) {
        return jdbc.sql("insert into csbm_incident_reply (incident_id, answer, replied_by, replied_at) "
                + "values (?, ?, ?, ?) on conflict do nothing")
                .params(id, answer, by, Timestamp.from(at)).update() == 1;
    }

    public Optional<HazardousIncident> find(long id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(this::incident).optional();
    }

    /** The body's incident reports, newest first (each with its deliveries: there is one addressee). */
    public List<HazardousIncident> ofBody(String bodyCode) {
        return jdbc.sql(SELECT + " where i.body_code = ? order by i.reported_at desc, i.id desc").param(bodyCode)
                .query(this::incident).list();
    }

    private HazardousIncident incident(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Reply reply = rs.getString("answer") == null ? null : new Reply(rs.getString("answer"),
                rs.getString("replied_by"), rs.getTimestamp("replied_at").toInstant());
        return new HazardousIncident(id, rs.getString("body_code"), rs.getString("reporting_state"),
                rs.getString("other_state"), IncidentEnvironment.valueOf(rs.getString("environment")),
                rs.getTimestamp("occurred_at").toInstant(), new Point(rs.getDouble("latitude"), rs.getDouble("longitude")),
                rs.getString("units_involved"), rs.getInt("closest_approach_metres"), rs.getString("what_happened"),
                rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant(), rs.getInt("rule_set_version"),
                DeliveryRepository.instant(rs, "reply_due"), deliveries.deliveries(ItemKind.HAZARDOUS_INCIDENT, id),
                reply);
    }
}
