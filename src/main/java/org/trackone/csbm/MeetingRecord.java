package org.trackone.csbm;

import java.time.Instant;
import java.util.List;

/**
 * The record of the meeting held after a request about unusual military activity: the
 * last step of the consultation, an official act made once by a delegate of one of the two
 * states concerned and delivered to the other states the meeting request went to.
 *
 * @param states the states present, in alphabetical order
 * @param recordingState the state whose delegate recorded it
 */
public record MeetingRecord(Instant heldAt, String place, List<String> states, String outcome,
        String recordingState, String recordedBy, Instant recordedAt) {

    public MeetingRecord {
        states = List.copyOf(states);
    }
}
