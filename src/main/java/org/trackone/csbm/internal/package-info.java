/** The regime's storage and demonstration data; not part of the module's API. */
@NullMarked
package org.trackone.csbm.internal;

import org.jspecify.annotations.NullMarked;
