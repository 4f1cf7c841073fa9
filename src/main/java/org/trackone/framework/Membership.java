package org.trackone.framework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.trackone.RuleViolation;

/**
 * A participant's membership of a body: its whole history of changes, and the rules
 * for the next one. The status is always derived from the history, never stored apart
 * from it.
 */
public record Membership(String bodyCode, ParticipantCode participant, List<MembershipChange> changes) {

    public static final int MAX_NOTE_LENGTH = 2000;

    public Membership {
        changes = List.copyOf(changes);
    }

    public static Membership none(String bodyCode, ParticipantCode participant) {
        return new Membership(bodyCode, participant, List.of());
    }

    /**
     * The status in force today; empty when there has been no change yet. A change
     * recorded ahead of its date (an accession fixed for next year) counts from that date.
     */
    public Optional<MembershipStatus> status() {
        return statusOn(LocalDate.now(ZoneOffset.UTC));
    }

    /** The status in force on a day: after the last change that took effect by then. */
    public Optional<MembershipStatus> statusOn(LocalDate day) {
        MembershipStatus status = null;
        for (MembershipChange change : changes) {
            if (change.effectiveOn().date().isAfter(day)) {
                break;
            }
            status = change.statusAfter();
        }
        return Optional.ofNullable(status);
    }

    /** Whether the participant takes part now: a withdrawn member does not until it rejoins. */
    public boolean takesPart() {
        return status().map(MembershipStatus::takesPart).orElse(false);
    }

    /** The date of the change that set today's status. */
    public Optional<HistoricalDate> since() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return changes.stream().filter(c -> !c.effectiveOn().date().isAfter(today))
                .reduce((first, second) -> second).map(MembershipChange::effectiveOn);
    }

    /**
     * The next step of this membership, checked against the rules: the action must be
     * allowed from the current status, and it cannot take effect before the latest change.
     *
     * @throws RuleViolation naming the field at fault
     */
    public MembershipChange next(MembershipAction action, HistoricalDate effectiveOn, @Nullable String note,
            String recordedBy, Instant recordedAt) {
        // The next step follows the latest recorded one, even one dated ahead.
        MembershipStatus current = latest().map(MembershipChange::statusAfter).orElse(null);
        if (!action.allowedAfter(current)) {
            throw current == null
                    ? new RuleViolation("action", "membership.notAllowedFirst", action)
                    : new RuleViolation("action", "membership.notAllowedAfter", action, current);
        }
        Optional<MembershipChange> latest = latest();
        // Refused only when surely earlier: "1994" may follow "1994-03", it may mean December.
        if (latest.isPresent() && effectiveOn.lastDay().isBefore(latest.get().effectiveOn().date())) {
            throw new RuleViolation("effectiveOn", "membership.beforeLatest", latest.get().effectiveOn());
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE_LENGTH) {
            throw new RuleViolation("note", "validation.tooLong", MAX_NOTE_LENGTH);
        }
        return new MembershipChange(bodyCode, participant, changes.size() + 1, action, action.result(),
                effectiveOn, text, recordedAt, recordedBy);
    }

    public Membership with(MembershipChange change) {
        var all = new java.util.ArrayList<>(changes);
        all.add(change);
        return new Membership(bodyCode, participant, all);
    }

    private Optional<MembershipChange> latest() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.getLast());
    }

    /** Convenience for views: the current status, or null. */
    public @Nullable MembershipStatus currentStatus() {
        return status().orElse(null);
    }
}
