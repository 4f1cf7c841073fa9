/**
 * The framework's REST resources under {@code /api/v1}: participants, bodies and their
 * memberships, formats and proposals. JSON in and out; the response types here are
 * the API's own records, so the domain types can change without changing the API.
 */
@NullMarked
package org.trackone.framework.internal.api;

import org.jspecify.annotations.NullMarked;
