/**
 * Dialogue: how a body meets. Meetings (plenaries numbered in their series, preparatory
 * meetings, workshops, study-group meetings, sub-committee sessions, summits) with their
 * sessions and record rules, the series cadence, calendar files, and the national
 * perspectives delegations submit before a meeting. Its root package is the module's
 * public API; {@code internal} holds the rest.
 */
@NullMarked
@ApplicationModule(displayName = "Dialogue")
package org.trackone.dialogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
