/**
 * Confidence- and security-building measures: a body's regime as versioned rules
 * (measures in force by stage, thresholds, notice periods, deadlines and reply times),
 * the rules applied to each submission, prior notifications of military activities and
 * their delivery to every participating state. Its root package is the module's public
 * API; {@code internal} holds the rest.
 */
@NullMarked
@ApplicationModule(displayName = "Confidence- and security-building measures")
package org.trackone.csbm;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
