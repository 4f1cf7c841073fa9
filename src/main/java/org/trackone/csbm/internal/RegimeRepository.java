package org.trackone.csbm.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.csbm.RegimeHistory;
import org.trackone.csbm.RuleSet;
import org.trackone.csbm.RuleSetVersion;
import tools.jackson.databind.json.JsonMapper;

/** The versions of each body's regime, rules stored as JSON. */
@Repository
public class RegimeRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RegimeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public RegimeHistory history(String bodyCode) {
        return new RegimeHistory(bodyCode, jdbc.sql("""
                select body_code, version, effective_from, rules, recorded_at, recorded_by
                from csbm_rule_set_version where body_code = ? order by version""")
                .param(bodyCode).query(this::version).list());
    }

    /** The bodies that have a regime, by code. */
    public List<String> bodies() {
        return jdbc.sql("select distinct body_code from csbm_rule_set_version order by body_code")
                .query(String.class).list();
    }

    /** Serializes adoptions for one body until the transaction ends, so two versions never get one number. */
    public void lock(String bodyCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('csbm-regime:' || ?))").param(bodyCode).query().singleRow();
    }

    public void insert(RuleSetVersion version) {
        jdbc.sql("""
                insert into csbm_rule_set_version (body_code, version, effective_from, rules, recorded_at, recorded_by)
                values (?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(version.bodyCode(), version.version(), version.effectiveFrom(),
                        json.writeValueAsString(version.rules()), Timestamp.from(version.recordedAt()),
                        version.recordedBy())
                .update();
    }

    public boolean markDemoLoaded(String source) {
        return jdbc.sql("insert into csbm_demo_load (source) values (?) on conflict do nothing")
                .param(source).update() == 1;
    }

    private RuleSetVersion version(ResultSet rs, int row) throws SQLException {
        return new RuleSetVersion(rs.getString("body_code"), rs.getInt("version"),
                rs.getObject("effective_from", java.time.LocalDate.class),
                json.readValue(rs.getString("rules"), RuleSet.class),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }
}
