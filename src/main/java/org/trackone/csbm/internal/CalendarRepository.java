package org.trackone.csbm.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.csbm.AnnualCalendar;
import org.trackone.csbm.CalendarEntry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Annual calendars, every version; only ever inserted. */
@Repository
public class CalendarRepository {

    private static final TypeReference<List<CalendarEntry>> ENTRIES = new TypeReference<>() { };
    private static final String COLUMNS = """
            id, body_code, state, year, version, corrects, entries, submitted_by, submitted_at, due_on, days_late""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CalendarRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<AnnualCalendar> versions(String bodyCode, String state, int year) {
        return jdbc.sql("select " + COLUMNS + " from csbm_calendar where body_code = ? and state = ? and year = ? "
                + "order by version").params(bodyCode, state, year).query(this::calendar).list();
    }

    public Optional<AnnualCalendar> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from csbm_calendar where id = ?").param(id).query(this::calendar)
                .optional();
    }

    /** The latest version of each state's calendar of each year. */
    public List<AnnualCalendar> latest(String bodyCode) {
        return jdbc.sql("select distinct on (state, year) " + COLUMNS + " from csbm_calendar where body_code = ? "
                + "order by state, year, version desc").param(bodyCode).query(this::calendar).list();
    }

    public void lock(String bodyCode, String state, int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('csbm-calendar:' || ? || ':' || ? || ':' || ?))")
                .params(bodyCode, state, year).query().singleRow();
    }

    public long insert(String bodyCode, String state, int year, int version, @Nullable Integer corrects,
            List<CalendarEntry> entries, String submittedBy, Instant submittedAt, @Nullable LocalDate dueOn,
            long daysLate) {
        return jdbc.sql("""
                insert into csbm_calendar (body_code, state, year, version, corrects, entries, submitted_by,
                    submitted_at, due_on, days_late)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(bodyCode, state, year, version, corrects, json.writeValueAsString(entries), submittedBy,
                        Timestamp.from(submittedAt), dueOn, daysLate)
                .query(Long.class).single();
    }

    private AnnualCalendar calendar(ResultSet rs, int n) throws SQLException {
        int corrects = rs.getInt("corrects");
        return new AnnualCalendar(rs.getLong("id"), rs.getString("body_code"), rs.getString("state"), rs.getInt("year"),
                rs.getInt("version"), rs.wasNull() ? null : corrects, json.readValue(rs.getString("entries"), ENTRIES),
                rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(),
                rs.getObject("due_on", LocalDate.class), rs.getLong("days_late"));
    }
}
