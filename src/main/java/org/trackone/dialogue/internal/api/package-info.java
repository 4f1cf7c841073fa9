/** The dialogue module's REST resources under {@code /api/v1}. */
@NullMarked
package org.trackone.dialogue.internal.api;

import org.jspecify.annotations.NullMarked;
