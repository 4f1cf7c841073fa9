/**
 * The framework and its membership: participants (states and organizations), bodies
 * (dialogues, talks, sub-committees, commissions…), formats, memberships with their
 * history, and the history of proposals for a framework. Its root package is the
 * module's public API; {@code internal} holds the rest.
 */
@NullMarked
@ApplicationModule(displayName = "Framework and membership")
package org.trackone.framework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
