package org.trackone.csbm.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.trackone.csbm.ActivityType;
import org.trackone.csbm.Force;
import org.trackone.csbm.NotificationRequest;
import org.trackone.csbm.NotificationRequest.Coordinates;

/** The delegate's form for a prior notification: a few rows of points, a count per force, the links. */
public class NotificationForm {

    static final int POINT_ROWS = 6;

    private @Nullable ActivityType type;
    private @Nullable LocalDate startsOn;
    private @Nullable LocalDate endsOn;
    private List<PointRow> area = new ArrayList<>();
    private Map<Force, @Nullable Integer> forces = new EnumMap<>(Force.class);
    private List<Long> linkedTo = new ArrayList<>();
    private @Nullable String description;
    /** Made when the form is shown, so that sending it twice (a double click, a reload) notifies once. */
    private @Nullable String idempotencyKey;

    static NotificationForm empty() {
        NotificationForm form = new NotificationForm();
        form.idempotencyKey = "form-" + java.util.UUID.randomUUID();
        for (int i = 0; i < POINT_ROWS; i++) {
            form.area.add(new PointRow());
        }
        return form;
    }

    /** The request this form makes for the state; point rows left blank are dropped. */
    NotificationRequest toRequest(String state) {
        List<@Nullable Coordinates> points = new ArrayList<>();
        for (PointRow row : area) {
            if (row.getLatitude() != null || row.getLongitude() != null) {
                points.add(new Coordinates(row.getLatitude(), row.getLongitude()));
            }
        }
        Map<Force, @Nullable Integer> counts = new EnumMap<>(Force.class);
        forces.forEach((force, count) -> {
            if (count != null) {
                counts.put(force, count);
            }
        });
        return new NotificationRequest(state, type, startsOn, endsOn, points, counts, List.copyOf(linkedTo),
                description);
    }

    /** The service's field name as this form's binding path: "forces.TROOPS" is "forces[TROOPS]". */
    static String formField(String field) {
        return field.startsWith("forces.") ? "forces[" + field.substring("forces.".length()) + "]" : field;
    }

    /** Filled rows first, as the service numbers them, then the blank ones. */
    void compactArea() {
        List<PointRow> filled = new ArrayList<>(area.stream()
                .filter(r -> r.getLatitude() != null || r.getLongitude() != null).toList());
        while (filled.size() < POINT_ROWS) {
            filled.add(new PointRow());
        }
        area = filled;
    }

    /** One point of the area. */
    public static class PointRow {
        private @Nullable Double latitude;
        private @Nullable Double longitude;

        public @Nullable Double getLatitude() { return latitude; }
        public void setLatitude(@Nullable Double latitude) { this.latitude = latitude; }
        public @Nullable Double getLongitude() { return longitude; }
        public void setLongitude(@Nullable Double longitude) { this.longitude = longitude; }
    }

    public @Nullable ActivityType getType() { return type; }
    public void setType(@Nullable ActivityType type) { this.type = type; }
    public @Nullable LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(@Nullable LocalDate startsOn) { this.startsOn = startsOn; }
    public @Nullable LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(@Nullable LocalDate endsOn) { this.endsOn = endsOn; }
    public List<PointRow> getArea() { return area; }
    public void setArea(List<PointRow> area) { this.area = area; }
    public Map<Force, @Nullable Integer> getForces() { return forces; }
    public void setForces(Map<Force, @Nullable Integer> forces) { this.forces = forces; }
    public List<Long> getLinkedTo() { return linkedTo; }
    public void setLinkedTo(@Nullable List<Long> linkedTo) { this.linkedTo = linkedTo == null ? new ArrayList<>() : linkedTo; }
    public @Nullable String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(@Nullable String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
}
