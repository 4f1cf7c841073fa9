package org.trackone.dialogue;

import org.jspecify.annotations.Nullable;

/**
 * The rules a body's members adopted for its meetings.
 *
 * @param cadence how often its plenary recurs; null when it has no regular series
 * @param perspectiveDeadlineDays how many days before a meeting's first day perspectives are due
 * @param latePerspectives what happens to a perspective after the deadline
 */
public record DialogueRules(String bodyCode, @Nullable SeriesCadence cadence, int perspectiveDeadlineDays,
        LatePerspectives latePerspectives) {

    /** For a body whose members adopted nothing: no cadence, perspectives due 14 days ahead, late ones marked. */
    public static DialogueRules defaults(String bodyCode) {
        return new DialogueRules(bodyCode, null, 14, LatePerspectives.MARK_LATE);
    }
}
