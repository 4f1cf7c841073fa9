/** The pages of the confidence-building regime under {@code /csbm}. */
@NullMarked
package org.trackone.csbm.internal.web;

import org.jspecify.annotations.NullMarked;
