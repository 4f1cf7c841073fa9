/**
 * What every page and API resource shares: the layout, navigation, languages, and the
 * way errors are answered (RFC 9457 problem details for the API, a plain page for
 * people). Depends on no other module.
 */
@NullMarked
@ApplicationModule(displayName = "Web")
package org.trackone.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
