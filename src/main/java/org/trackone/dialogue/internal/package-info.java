/** The dialogue module's storage and calculations. */
@NullMarked
package org.trackone.dialogue.internal;

import org.jspecify.annotations.NullMarked;
