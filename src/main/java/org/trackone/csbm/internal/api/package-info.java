/** The REST resources of the confidence-building regime under {@code /api/v1/csbm}. */
@NullMarked
package org.trackone.csbm.internal.api;

import org.jspecify.annotations.NullMarked;
