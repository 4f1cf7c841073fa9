/** The dialogue module's pages. */
@NullMarked
package org.trackone.dialogue.internal.web;

import org.jspecify.annotations.NullMarked;
