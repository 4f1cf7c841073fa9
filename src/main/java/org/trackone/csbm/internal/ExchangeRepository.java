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
import org.trackone.csbm.ExchangeDraft;
import org.trackone.csbm.InformationExchange;
import org.trackone.csbm.MilitaryInformation;
import tools.jackson.databind.json.JsonMapper;

/** Drafts and submitted versions of the annual exchange. Submissions are only ever inserted. */
@Repository
public class ExchangeRepository {

    private static final String COLUMNS = """
            id, body_code, state, year, version, corrects, information, submitted_by, submitted_at, due_on, days_late""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ExchangeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void saveDraft(ExchangeDraft draft) {
        jdbc.sql("""
                insert into csbm_exchange_draft (body_code, state, year, information, saved_by, saved_at)
                values (?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict (body_code, state, year) do update
                set information = excluded.information, saved_by = excluded.saved_by, saved_at = excluded.saved_at""")
                .params(draft.bodyCode(), draft.state(), draft.year(), json.writeValueAsString(draft.information()),
                        draft.savedBy(), Timestamp.from(draft.savedAt()))
                .update();
    }

    public Optional<ExchangeDraft> draft(String bodyCode, String state, int year) {
        return jdbc.sql("select body_code, state, year, information, saved_by, saved_at from csbm_exchange_draft "
                + "where body_code = ? and state = ? and year = ?").params(bodyCode, state, year)
                .query((rs, n) -> new ExchangeDraft(rs.getString("body_code"), rs.getString("state"),
                        rs.getInt("year"), information(rs), rs.getString("saved_by"),
                        rs.getTimestamp("saved_at").toInstant()))
                .optional();
    }

    public List<ExchangeDraft> drafts(String bodyCode, String state) {
        return jdbc.sql("select body_code, state, year, information, saved_by, saved_at from csbm_exchange_draft "
                + "where body_code = ? and state = ? order by year desc").params(bodyCode, state)
                .query((rs, n) -> new ExchangeDraft(rs.getString("body_code"), rs.getString("state"),
                        rs.getInt("year"), information(rs), rs.getString("saved_by"),
                        rs.getTimestamp("saved_at").toInstant()))
                .list();
    }

    /** A draft is discarded once submitted: the submission is what counts. */
    public void deleteDraft(String bodyCode, String state, int year) {
        jdbc.sql("delete from csbm_exchange_draft where body_code = ? and state = ? and year = ?")
                .params(bodyCode, state, year).update();
    }

    /** Every version for a state and year, oldest first. */
    public List<InformationExchange> versions(String bodyCode, String state, int year) {
        return jdbc.sql("select " + COLUMNS + " from csbm_exchange where body_code = ? and state = ? and year = ? "
                + "order by version").params(bodyCode, state, year).query(this::exchange).list();
    }

    /** The latest version of every state's exchange for every year of a body. */
    public List<InformationExchange> latest(String bodyCode) {
        return jdbc.sql("select distinct on (state, year) " + COLUMNS + " from csbm_exchange where body_code = ? "
                + "order by state, year, version desc").param(bodyCode).query(this::exchange).list();
    }

    public Optional<InformationExchange> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from csbm_exchange where id = ?").param(id).query(this::exchange)
                .optional();
    }

    /** Per state and year: how many versions were submitted, and how late the first one was. */
    public List<YearOfExchanges> submittedByStateAndYear(String bodyCode) {
        return jdbc.sql("""
                select state, year, max(version) as versions, max(days_late) filter (where version = 1) as days_late
                from csbm_exchange where body_code = ? group by state, year""")
                .param(bodyCode).query((rs, n) -> new YearOfExchanges(rs.getString("state"), rs.getInt("year"),
                        rs.getInt("versions"), rs.getLong("days_late")))
                .list();
    }

    /** A state's exchange of one year, as the compliance counts it. */
    public record YearOfExchanges(String state, int year, int versions, long daysLate) {
    }

    /** Serializes submissions for one state and year until the transaction ends. */
    public void lock(String bodyCode, String state, int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('csbm-exchange:' || ? || ':' || ? || ':' || ?))")
                .params(bodyCode, state, year).query().singleRow();
    }

    public long insert(String bodyCode, String state, int year, int version, @Nullable Integer corrects,
            MilitaryInformation information, String submittedBy, Instant submittedAt, @Nullable LocalDate dueOn,
            long daysLate) {
        return jdbc.sql("""
                insert into csbm_exchange (body_code, state, year, version, corrects, information, submitted_by,
                    submitted_at, due_on, days_late)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(bodyCode, state, year, version, corrects, json.writeValueAsString(information), submittedBy,
                        Timestamp.from(submittedAt), dueOn, daysLate)
                .query(Long.class).single();
    }

    private MilitaryInformation information(ResultSet rs) throws SQLException {
        return json.readValue(rs.getString("information"), MilitaryInformation.class);
    }

    private InformationExchange exchange(ResultSet rs, int n) throws SQLException {
        int corrects = rs.getInt("corrects");
        return new InformationExchange(rs.getLong("id"), rs.getString("body_code"), rs.getString("state"),
                rs.getInt("year"), rs.getInt("version"), rs.wasNull() ? null : corrects, information(rs),
                rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(),
                rs.getObject("due_on", LocalDate.class), rs.getLong("days_late"));
    }
}
