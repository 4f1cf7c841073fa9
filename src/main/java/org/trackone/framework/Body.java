package org.trackone.framework;

import org.jspecify.annotations.Nullable;

/**
 * A body of the framework: a dialogue, talks, one of their sub-committees or meetings,
 * a commission. Bodies form a tree through their parent.
 */
public record Body(
        String code,
        String name,
        BodyKind kind,
        @Nullable String parentCode,
        Track track,
        Mandate mandate,
        DecisionRule decisionRule,
        RecordRule recordRule,
        BodyStatus status,
        @Nullable String formatCode,
        @Nullable ParticipantCode host,
        @Nullable HistoricalDate convenedOn,
        String description) {
}
