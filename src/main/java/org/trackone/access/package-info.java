/**
 * Accounts, roles, sign-in and API tokens: who may see and do what. Pages and API
 * routes are guarded here and, for the secretariat's actions, by method security on
 * the controllers of each module.
 */
@NullMarked
@ApplicationModule(displayName = "Access")
package org.trackone.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
