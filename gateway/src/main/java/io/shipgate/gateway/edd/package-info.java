/**
 * Estimated delivery dates (issue 17). So far the business calendar they count in: weekends and public
 * holidays per country, read from the data files under {@code holidays/} on the class path
 * ({@link io.shipgate.gateway.edd.BusinessCalendars}), and the first pickup day of a ship time after the
 * warehouse's cut-off ({@link io.shipgate.gateway.edd.BusinessCalendar}); docs/decide.md.
 */
@ApplicationModule(displayName = "EDD", allowedDependencies = {"platform"})
package io.shipgate.gateway.edd;

import org.springframework.modulith.ApplicationModule;
