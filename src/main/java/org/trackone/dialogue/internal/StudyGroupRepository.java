package org.trackone.dialogue.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.dialogue.RecommendationResponse;
import org.trackone.dialogue.StudyGroup;
import org.trackone.dialogue.StudyGroup.Memorandum;
import org.trackone.dialogue.StudyGroup.Recommendation;
import org.trackone.dialogue.StudyGroup.Response;
import org.trackone.dialogue.StudyGroup.Study;

/** Study groups, their studies, memoranda, recommendations and responses, in plain SQL. */
@Repository
public class StudyGroupRepository {

    private final JdbcClient jdbc;

    StudyGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> codes() {
        return jdbc.sql("select code from dialogue_study_group order by term_from, code").query(String.class).list();
    }

    public Optional<StudyGroup> group(String code) {
        return jdbc.sql("""
                select id, code, name, kind, body_code, mandate, term_from, term_to, members
                from dialogue_study_group where code = ?""")
                .param(code)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new StudyGroup(rs.getString("code"), rs.getString("name"),
                            StudyGroup.Kind.valueOf(rs.getString("kind")), rs.getString("body_code"),
                            rs.getString("mandate"), rs.getObject("term_from", LocalDate.class),
                            rs.getObject("term_to", LocalDate.class),
                            Arrays.asList((String[]) rs.getArray("members").getArray()), studies(id), memoranda(id));
                }).optional();
    }

    public boolean insertGroup(StudyGroup group, String actor) {
        return jdbc.sql("""
                insert into dialogue_study_group (code, name, kind, body_code, mandate, term_from, term_to, members,
                    created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing""")
                .params(group.code(), group.name(), group.kind().name(), group.bodyCode(), group.mandate(),
                        group.termFrom(), group.termTo(), group.members().toArray(String[]::new), actor)
                .update() == 1;
    }

    public long insertMemorandum(String groupCode, String title, String addressedTo, LocalDate submittedOn,
            List<String> recommendations, String actor) {
        long id = jdbc.sql("""
                insert into dialogue_memorandum (group_id, title, addressed_to, submitted_on, recorded_by)
                select id, ?, ?, ?, ? from dialogue_study_group where code = ? returning id""")
                .params(title, addressedTo, Date.valueOf(submittedOn), actor, groupCode).query(Long.class).single();
        for (int i = 0; i < recommendations.size(); i++) {
            jdbc.sql("insert into dialogue_recommendation (memorandum_id, position, text) values (?, ?, ?)")
                    .params(id, i + 1, recommendations.get(i)).update();
        }
        return id;
    }

    public Optional<String> groupOfRecommendation(long recommendationId) {
        return jdbc.sql("""
                select g.code from dialogue_recommendation r join dialogue_memorandum m on m.id = r.memorandum_id
                join dialogue_study_group g on g.id = m.group_id where r.id = ?""")
                .param(recommendationId).query(String.class).optional();
    }

    public void insertResponse(long recommendationId, RecommendationResponse response, String note,
            LocalDate respondedOn, String actor) {
        jdbc.sql("""
                insert into dialogue_recommendation_response (recommendation_id, response, note, responded_on,
                    recorded_by) values (?, ?, ?, ?, ?)""")
                .params(recommendationId, response.name(), note, Date.valueOf(respondedOn), actor).update();
    }

    private List<Study> studies(long groupId) {
        return jdbc.sql("select id, title, summary, published_on from dialogue_study where group_id = ? order by published_on, id")
                .param(groupId)
                .query((rs, n) -> new Study(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                        rs.getObject("published_on", LocalDate.class)))
                .list();
    }

    private List<Memorandum> memoranda(long groupId) {
        Map<Long, List<Response>> responses = new LinkedHashMap<>();
        jdbc.sql("""
                select x.recommendation_id, x.response, x.note, x.responded_on from dialogue_recommendation_response x
                join dialogue_recommendation r on r.id = x.recommendation_id
                join dialogue_memorandum m on m.id = r.memorandum_id where m.group_id = ? order by x.id""")
                .param(groupId)
                .query(rs -> {
                    responses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Response(
                            RecommendationResponse.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getObject(4, LocalDate.class)));
                });
        Map<Long, List<Recommendation>> recommendations = new LinkedHashMap<>();
        jdbc.sql("""
                select r.memorandum_id, r.id, r.position, r.text from dialogue_recommendation r
                join dialogue_memorandum m on m.id = r.memorandum_id where m.group_id = ? order by r.memorandum_id, r.position""")
                .param(groupId)
                .query(rs -> {
                    long id = rs.getLong(2);
                    recommendations.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Recommendation(id,
                            rs.getInt(3), rs.getString(4), List.copyOf(responses.getOrDefault(id, List.of()))));
                });
        return jdbc.sql("select id, title, addressed_to, submitted_on from dialogue_memorandum where group_id = ? order by submitted_on, id")
                .param(groupId)
                .query((rs, n) -> new Memorandum(rs.getLong("id"), rs.getString("title"), rs.getString("addressed_to"),
                        rs.getObject("submitted_on", LocalDate.class),
                        List.copyOf(recommendations.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }
}
