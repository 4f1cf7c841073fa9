package org.trackone.framework.internal.web;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Revision;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The saved versions of a participant, body or format, newest first, each with what it
 * changed from the version before it. Shown to the secretariat on the item's page:
 * an edit never overwrites, it adds a version.
 */
@Component
class Revisions {

    static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final FrameworkDirectory directory;
    private final JsonMapper json;

    Revisions(FrameworkDirectory directory, JsonMapper json) {
        this.directory = directory;
        this.json = json;
    }

    /**
     * @param type PARTICIPANT, BODY or FORMAT
     * @param shape the record saved, whose components give the order in which fields are listed
     */
    List<RevisionView> of(String type, String code, Class<? extends Record> shape) {
        List<String> order = Arrays.stream(shape.getRecordComponents()).map(RecordComponent::getName).toList();
        List<Revision> revisions = directory.revisions(type, code);
        List<RevisionView> views = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            JsonNode content = read(revision.content());
            JsonNode before = i + 1 < revisions.size() ? read(revisions.get(i + 1).content()) : null;
            views.add(new RevisionView(recorded(revision.recordedAt()), revision.recordedBy(), before == null,
                    changes(before, content, order), pretty(content, revision.content())));
        }
        return views;
    }

    static String recorded(Instant instant) {
        return RECORDED.format(instant);
    }

    private List<FieldChange> changes(@Nullable JsonNode before, @Nullable JsonNode after, List<String> order) {
        Set<String> fields = new LinkedHashSet<>(order);
        if (after != null && after.isObject()) {
            fields.addAll(after.propertyNames());
        }
        if (before != null && before.isObject()) {
            fields.addAll(before.propertyNames());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = before == null ? null : text(before.get(field));
            String now = after == null ? null : text(after.get(field));
            if (before == null ? now != null && !now.isEmpty() : !Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    private @Nullable JsonNode read(String content) {
        try {
            return json.readTree(content);
        } catch (JacksonException e) {
            return null;
        }
    }

    private String pretty(@Nullable JsonNode content, String raw) {
        return content == null ? raw : json.writerWithDefaultPrettyPrinter().writeValueAsString(content);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }

    /**
     * One saved version.
     *
     * @param created whether this is the first version (its changes are then every field it set)
     */
    record RevisionView(String recordedAt, String recordedBy, boolean created, List<FieldChange> changes,
            String content) {
    }

    /** A field that differs from the version before; null where the field had no value. */
    record FieldChange(String field, @Nullable String before, @Nullable String after) {
    }
}
