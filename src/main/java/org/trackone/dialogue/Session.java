package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.List;

/** One session of a meeting, with its record rule and the agenda items it takes up. */
public record Session(long id, int position, String title, LocalDate heldOn, SessionRecordRule recordRule,
        List<String> agenda) {
}
