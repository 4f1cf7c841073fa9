package org.trackone.framework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.framework.Body;
import org.trackone.framework.BodyKind;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.DecisionRule;
import org.trackone.framework.Format;
import org.trackone.framework.HistoricalDate;
import org.trackone.framework.Mandate;
import org.trackone.framework.Membership;
import org.trackone.framework.MembershipAction;
import org.trackone.framework.MembershipChange;
import org.trackone.framework.MembershipStatus;
import org.trackone.framework.Participant;
import org.trackone.framework.ParticipantCode;
import org.trackone.framework.ParticipantKind;
import org.trackone.framework.Proposal;
import org.trackone.framework.ProposalReaction;
import org.trackone.framework.ProposalScope;
import org.trackone.framework.Reaction;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Revision;
import org.trackone.framework.Track;

/** The framework's tables, in plain SQL. */
@Repository
public class FrameworkRepository {

    private final JdbcClient jdbc;

    FrameworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Participants

    public List<Participant> participants() {
        return jdbc.sql("select code, kind, name, short_name, description from framework_participant order by kind desc, code")
                .query(FrameworkRepository::participant).list();
    }

    public Optional<Participant> participant(String code) {
        return jdbc.sql("select code, kind, name, short_name, description from framework_participant where code = ?")
                .param(code).query(FrameworkRepository::participant).optional();
    }

    public void insertParticipant(Participant p) {
        jdbc.sql("insert into framework_participant (code, kind, name, short_name, description) values (?, ?, ?, ?, ?)")
                .params(p.code().value(), p.kind().name(), p.name(), p.shortName(), p.description()).update();
    }

    public void updateParticipant(Participant p) {
        jdbc.sql("update framework_participant set kind = ?, name = ?, short_name = ?, description = ? where code = ?")
                .params(p.kind().name(), p.name(), p.shortName(), p.description(), p.code().value()).update();
    }

    // Formats

    public List<Format> formats() {
        return attachParticipants(jdbc.sql("select id, code, name, description from framework_format order by code")
                .query((rs, n) -> new FormatRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("description"))).list());
    }

    public Optional<Format> format(String code) {
        return formats().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public void insertFormat(Format format) {
        jdbc.sql("insert into framework_format (code, name, description) values (?, ?, ?)")
                .params(format.code(), format.name(), format.description()).update();
        replaceFormatParticipants(format);
    }

    public void updateFormat(Format format) {
        jdbc.sql("update framework_format set name = ?, description = ? where code = ?")
                .params(format.name(), format.description(), format.code()).update();
        replaceFormatParticipants(format);
    }

    private void replaceFormatParticipants(Format format) {
        jdbc.sql("delete from framework_format_participant where format_id = (select id from framework_format where code = ?)")
                .param(format.code()).update();
        int position = 0;
        for (ParticipantCode participant : format.participants()) {
            jdbc.sql("""
                    insert into framework_format_participant (format_id, participant_id, position)
                    select f.id, p.id, ? from framework_format f, framework_participant p where f.code = ? and p.code = ?""")
                    .params(position++, format.code(), participant.value()).update();
        }
    }

    private List<Format> attachParticipants(List<FormatRow> rows) {
        Map<Long, List<ParticipantCode>> byFormat = new LinkedHashMap<>();
        jdbc.sql("""
                select fp.format_id, p.code from framework_format_participant fp
                join framework_participant p on p.id = fp.participant_id order by fp.format_id, fp.position""")
                .query(rs -> {
                    byFormat.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ParticipantCode(rs.getString(2)));
                });
        return rows.stream().map(r -> new Format(r.code, r.name, r.description,
                byFormat.getOrDefault(r.id, List.of()))).toList();
    }

    private record FormatRow(long id, String code, String name, String description) {
    }

    // Bodies

    private static final String BODY_SELECT = """
            select b.code, b.name, b.kind, parent.code as parent_code, b.track, b.mandate, b.decision_rule,
                   b.record_rule, b.status, f.code as format_code, host.code as host_code,
                   b.convened_on, b.convened_precision, b.description
            from framework_body b
            left join framework_body parent on parent.id = b.parent_id
            left join framework_format f on f.id = b.format_id
            left join framework_participant host on host.id = b.host_id
            """;

    public List<Body> bodies() {
        return jdbc.sql(BODY_SELECT + " order by b.convened_on nulls last, b.id").query(FrameworkRepository::body).list();
    }

    public Optional<Body> body(String code) {
        return jdbc.sql(BODY_SELECT + " where b.code = ?").param(code).query(FrameworkRepository::body).optional();
    }

    public void insertBody(Body body) {
        jdbc.sql("""
                insert into framework_body (code, name, kind, track, mandate, decision_rule, record_rule, status,
                    convened_on, convened_precision, description)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(body.code(), body.name(), body.kind().name(), body.track().name(), body.mandate().name(),
                        body.decisionRule().name(), body.recordRule().name(), body.status().name(),
                        dateOf(body.convenedOn()), precisionOf(body.convenedOn()), body.description())
                .update();
        updateBodyReferences(body);
    }

    public void updateBody(Body body) {
        jdbc.sql("""
                update framework_body set name = ?, kind = ?, track = ?, mandate = ?, decision_rule = ?, record_rule = ?,
                    status = ?, convened_on = ?, convened_precision = ?, description = ? where code = ?""")
                .params(body.name(), body.kind().name(), body.track().name(), body.mandate().name(),
                        body.decisionRule().name(), body.recordRule().name(), body.status().name(),
                        dateOf(body.convenedOn()), precisionOf(body.convenedOn()), body.description(), body.code())
                .update();
        updateBodyReferences(body);
    }

    /**
     * Serializes changes to the tree of bodies for the rest of the transaction, so that
     * two concurrent edits cannot each pass the cycle check and together make a cycle.
     */
    public void lockBodyTree() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('framework_body_tree'))").query().singleRow();
    }

    private void updateBodyReferences(Body body) {
        jdbc.sql("""
                update framework_body set
                    parent_id = (select id from framework_body where code = :parent),
                    format_id = (select id from framework_format where code = :format),
                    host_id = (select id from framework_participant where code = :host)
                where code = :code""")
                .param("parent", body.parentCode())
                .param("format", body.formatCode())
                .param("host", body.host() == null ? null : body.host().value())
                .param("code", body.code())
                .update();
    }

    // Memberships

    private static final String CHANGE_SELECT = """
            select b.code as body_code, p.code as participant_code, c.sequence, c.action, c.status_after,
                   c.effective_on, c.effective_precision, c.note, c.recorded_at, c.recorded_by
            from framework_membership_change c
            join framework_body b on b.id = c.body_id
            join framework_participant p on p.id = c.participant_id
            """;

    public List<Membership> memberships() {
        return group(jdbc.sql(CHANGE_SELECT + " order by b.code, p.code, c.sequence").query(FrameworkRepository::change).list());
    }



    /**
     * The membership, read under a row lock on the body so that two concurrent changes
     * to one body are applied one after the other against the same history.
     */
    public Membership lockMembership(String bodyCode, ParticipantCode participant) {
        jdbc.sql("select id from framework_body where code = ? for update").param(bodyCode).query(Long.class).single();
        List<MembershipChange> changes = jdbc.sql(CHANGE_SELECT + " where b.code = ? and p.code = ? order by c.sequence")
                .params(bodyCode, participant.value()).query(FrameworkRepository::change).list();
        return new Membership(bodyCode, participant, changes);
    }

    public void insertChange(MembershipChange change) {
        jdbc.sql("""
                insert into framework_membership_change (body_id, participant_id, sequence, action, status_after,
                    effective_on, effective_precision, note, recorded_at, recorded_by)
                select b.id, p.id, ?, ?, ?, ?, ?, ?, ?, ?
                from framework_body b, framework_participant p where b.code = ? and p.code = ?""")
                .params(change.sequence(), change.action().name(), change.statusAfter().name(),
                        change.effectiveOn().date(), change.effectiveOn().precision().name(), change.note(),
                        Timestamp.from(change.recordedAt()), change.recordedBy(), change.bodyCode(),
                        change.participant().value())
                .update();
    }

    private static List<Membership> group(List<MembershipChange> changes) {
        Map<String, List<MembershipChange>> byKey = new LinkedHashMap<>();
        for (MembershipChange change : changes) {
            byKey.computeIfAbsent(change.bodyCode() + "\u0000" + change.participant(), k -> new ArrayList<>()).add(change);
        }
        return byKey.values().stream()
                .map(list -> new Membership(list.getFirst().bodyCode(), list.getFirst().participant(), list))
                .toList();
    }

    // Proposals

    public List<Proposal> proposals() {
        Map<Long, List<ParticipantCode>> proposers = new LinkedHashMap<>();
        jdbc.sql("""
                select pp.proposal_id, p.code from framework_proposal_proposer pp
                join framework_participant p on p.id = pp.participant_id order by pp.proposal_id, pp.position""")
                .query(rs -> {
                    proposers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ParticipantCode(rs.getString(2)));
                });
        Map<Long, List<ProposalReaction>> reactions = new LinkedHashMap<>();
        jdbc.sql("""
                select r.proposal_id, p.code, r.reaction, r.note from framework_proposal_reaction r
                join framework_participant p on p.id = r.participant_id order by r.proposal_id, r.position""")
                .query(rs -> {
                    reactions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ProposalReaction(
                            new ParticipantCode(rs.getString(2)), Reaction.valueOf(rs.getString(3)), rs.getString(4)));
                });
        return jdbc.sql("select * from framework_proposal order by proposed_on, id")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Proposal(id, date(rs, "proposed_on", "proposed_precision"), date(rs, "until_on", "until_precision"),
                            proposers.getOrDefault(id, List.of()), rs.getString("proposed_by"), rs.getString("venue"),
                            rs.getString("title"), ProposalScope.valueOf(rs.getString("scope")), rs.getString("summary"),
                            rs.getString("outcome"), reactions.getOrDefault(id, List.of()));
                }).list();
    }

    public long insertProposal(Proposal proposal) {
        long id = jdbc.sql("""
                insert into framework_proposal (proposed_on, proposed_precision, until_on, until_precision, proposed_by,
                    venue, title, scope, summary, outcome)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(proposal.date().date(), proposal.date().precision().name(), dateOf(proposal.until()),
                        precisionOf(proposal.until()), proposal.proposedBy(), proposal.venue(), proposal.title(),
                        proposal.scope().name(), proposal.summary(), proposal.outcome())
                .query(Long.class).single();
        int position = 0;
        for (ParticipantCode proposer : proposal.proposers()) {
            jdbc.sql("""
                    insert into framework_proposal_proposer (proposal_id, participant_id, position)
                    select ?, id, ? from framework_participant where code = ?""")
                    .params(id, position++, proposer.value()).update();
        }
        position = 0;
        for (ProposalReaction reaction : proposal.reactions()) {
            jdbc.sql("""
                    insert into framework_proposal_reaction (proposal_id, participant_id, position, reaction, note)
                    select ?, id, ?, ?, ? from framework_participant where code = ?""")
                    .params(id, position++, reaction.reaction().name(), reaction.note(), reaction.participant().value())
                    .update();
        }
        return id;
    }

    // Revisions and demonstration loads

    public void insertRevision(String subjectType, String subjectCode, String json, String recordedBy) {
        jdbc.sql("insert into framework_revision (subject_type, subject_code, content, recorded_by) values (?, ?, ?::jsonb, ?)")
                .params(subjectType, subjectCode, json, recordedBy).update();
    }

    public List<Revision> revisions(String subjectType, String subjectCode) {
        return jdbc.sql("""
                select subject_type, subject_code, content::text, recorded_at, recorded_by from framework_revision
                where subject_type = ? and subject_code = ? order by id desc""")
                .params(subjectType, subjectCode)
                .query((rs, n) -> new Revision(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    /** Marks a demonstration data set as loaded; false when it already was. */
    public boolean markDemoLoaded(String source) {
        return jdbc.sql("insert into framework_demo_load (source) values (?) on conflict do nothing")
                .param(source).update() == 1;
    }

    // Row mapping

    private static Participant participant(ResultSet rs, int row) throws SQLException {
        return new Participant(new ParticipantCode(rs.getString("code")), ParticipantKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("short_name"), rs.getString("description"));
    }

    private static Body body(ResultSet rs, int row) throws SQLException {
        String host = rs.getString("host_code");
        return new Body(rs.getString("code"), rs.getString("name"), BodyKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"), Track.valueOf(rs.getString("track")), Mandate.valueOf(rs.getString("mandate")),
                DecisionRule.valueOf(rs.getString("decision_rule")), RecordRule.valueOf(rs.getString("record_rule")),
                BodyStatus.valueOf(rs.getString("status")), rs.getString("format_code"),
                host == null ? null : new ParticipantCode(host), date(rs, "convened_on", "convened_precision"),
                rs.getString("description"));
    }

    private static MembershipChange change(ResultSet rs, int row) throws SQLException {
        return new MembershipChange(rs.getString("body_code"), new ParticipantCode(rs.getString("participant_code")),
                rs.getInt("sequence"), MembershipAction.valueOf(rs.getString("action")),
                MembershipStatus.valueOf(rs.getString("status_after")),
                date(rs, "effective_on", "effective_precision"), rs.getString("note"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }

    private static @Nullable HistoricalDate date(ResultSet rs, String dateColumn, String precisionColumn)
            throws SQLException {
        LocalDate date = rs.getObject(dateColumn, LocalDate.class);
        return date == null ? null
                : new HistoricalDate(date, HistoricalDate.Precision.valueOf(rs.getString(precisionColumn)));
    }

    private static @Nullable LocalDate dateOf(@Nullable HistoricalDate date) {
        return date == null ? null : date.date();
    }

    private static @Nullable String precisionOf(@Nullable HistoricalDate date) {
        return date == null ? null : date.precision().name();
    }
}
