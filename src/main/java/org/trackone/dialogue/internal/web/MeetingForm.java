package org.trackone.dialogue.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.trackone.dialogue.Meeting;
import org.trackone.dialogue.MeetingDetails;
import org.trackone.dialogue.MeetingKind;
import org.trackone.dialogue.Session;
import org.trackone.dialogue.SessionDetails;
import org.trackone.dialogue.SessionRecordRule;

/**
 * The meeting form as typed: a few rows for sessions (blank rows are ignored), agenda
 * items one per line, the perspective deadline in UTC.
 */
public class MeetingForm {

    static final int SESSION_ROWS = 6;

    private @Nullable String body;
    private @Nullable MeetingKind kind;
    private @Nullable Integer number;
    private @Nullable String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate endsOn;
    private @Nullable String venue;
    private @Nullable String host;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate periodFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate periodTo;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm")
    private @Nullable LocalDateTime perspectiveDeadline;
    private @Nullable String description;
    private List<SessionRow> sessions = new ArrayList<>();

    static MeetingForm blank(@Nullable String body, @Nullable MeetingKind kind) {
        MeetingForm form = new MeetingForm();
        form.body = body;
        form.kind = kind;
        form.fillRows();
        return form;
    }

    static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.body = meeting.bodyCode();
        form.kind = meeting.kind();
        form.number = meeting.number();
        form.title = meeting.title();
        form.startsOn = meeting.startsOn();
        form.endsOn = meeting.endsOn();
        form.venue = meeting.venue();
        form.host = meeting.hostCode();
        form.periodFrom = meeting.periodFrom();
        form.periodTo = meeting.periodTo();
        Instant deadline = meeting.perspectiveDeadline();
        form.perspectiveDeadline = deadline == null ? null : LocalDateTime.ofInstant(deadline, ZoneOffset.UTC);
        form.description = meeting.description();
        for (Session session : meeting.sessions()) {
            SessionRow row = new SessionRow();
            row.setTitle(session.title());
            row.setHeldOn(session.heldOn());
            row.setRecordRule(session.recordRule());
            row.setAgenda(String.join("\n", session.agenda()));
            form.sessions.add(row);
        }
        form.fillRows();
        return form;
    }

    /** Adds blank rows so that there is room for a few more sessions. */
    void fillRows() {
        while (sessions.size() < SESSION_ROWS || !sessions.get(sessions.size() - 1).blank()) {
            sessions.add(new SessionRow());
        }
    }

    MeetingDetails details() {
        List<SessionDetails> given = sessions.stream().filter(row -> !row.blank())
                .map(row -> new SessionDetails(row.getTitle(), row.getHeldOn(), row.getRecordRule(),
                        row.getAgenda() == null ? List.of()
                                : Arrays.stream(row.getAgenda().split("\\R")).map(String::strip)
                                        .filter(line -> !line.isEmpty()).toList()))
                .toList();
        return new MeetingDetails(body, kind, number, title, startsOn, endsOn, venue, host, periodFrom, periodTo,
                perspectiveDeadline == null ? null : perspectiveDeadline.toInstant(ZoneOffset.UTC), description,
                given);
    }

    /**
     * The form field of a session field as the details name it: blank rows are left out
     * of the details, so {@code sessions[1]} there may be row 3 here.
     */
    String formField(String detailsField) {
        if (!detailsField.startsWith("sessions[")) {
            return detailsField;
        }
        int close = detailsField.indexOf(']');
        int index = Integer.parseInt(detailsField.substring("sessions[".length(), close));
        int row = -1;
        for (int i = 0, seen = -1; i < sessions.size(); i++) {
            if (!sessions.get(i).blank() && ++seen == index) {
                row = i;
                break;
            }
        }
        String rest = detailsField.substring(close + 1);
        if (rest.startsWith(".agenda")) {
            rest = ".agenda";
        }
        return row < 0 ? "sessions" : "sessions[" + row + "]" + rest;
    }

    public @Nullable String getBody() { return body; }
    public void setBody(@Nullable String body) { this.body = body; }
    public @Nullable MeetingKind getKind() { return kind; }
    public void setKind(@Nullable MeetingKind kind) { this.kind = kind; }
    public @Nullable Integer getNumber() { return number; }
    public void setNumber(@Nullable Integer number) { this.number = number; }
    public @Nullable String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = title; }
    public @Nullable LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(@Nullable LocalDate startsOn) { this.startsOn = startsOn; }
    public @Nullable LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(@Nullable LocalDate endsOn) { this.endsOn = endsOn; }
    public @Nullable String getVenue() { return venue; }
    public void setVenue(@Nullable String venue) { this.venue = venue; }
    public @Nullable String getHost() { return host; }
    public void setHost(@Nullable String host) { this.host = host; }
    public @Nullable LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(@Nullable LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public @Nullable LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(@Nullable LocalDate periodTo) { this.periodTo = periodTo; }
    public @Nullable LocalDateTime getPerspectiveDeadline() { return perspectiveDeadline; }
    public void setPerspectiveDeadline(@Nullable LocalDateTime perspectiveDeadline) { this.perspectiveDeadline = perspectiveDeadline; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public List<SessionRow> getSessions() { return sessions; }
    public void setSessions(List<SessionRow> sessions) { this.sessions = sessions; }

    /** One session row of the form. */
    public static class SessionRow {

        private @Nullable String title;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate heldOn;
        private @Nullable SessionRecordRule recordRule;
        private @Nullable String agenda;

        boolean blank() {
            return title == null && heldOn == null && recordRule == null && agenda == null;
        }

        public @Nullable String getTitle() { return title; }
        public void setTitle(@Nullable String title) { this.title = title; }
        public @Nullable LocalDate getHeldOn() { return heldOn; }
        public void setHeldOn(@Nullable LocalDate heldOn) { this.heldOn = heldOn; }
        public @Nullable SessionRecordRule getRecordRule() { return recordRule; }
        public void setRecordRule(@Nullable SessionRecordRule recordRule) { this.recordRule = recordRule; }
        public @Nullable String getAgenda() { return agenda; }
        public void setAgenda(@Nullable String agenda) { this.agenda = agenda; }
    }
}
