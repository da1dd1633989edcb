package io.shipgate.carrier.ups;

import io.shipgate.carrier.model.ServiceLevel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * UPS services: the Rating and Shipping service codes, their names and universal levels, the
 * Time in Transit code of the domestic ones, and which service a shipment without a service
 * code gets for its level.
 */
public enum UpsServices {
    NEXT_DAY_AIR("01", "UPS Next Day Air", ServiceLevel.OVERNIGHT, "1DA"),
    SECOND_DAY_AIR("02", "UPS 2nd Day Air", ServiceLevel.EXPRESS, "2DA"),
    GROUND("03", "UPS Ground", ServiceLevel.STANDARD, "GND"),
    WORLDWIDE_EXPRESS("07", "UPS Worldwide Express", ServiceLevel.EXPRESS, null),
    WORLDWIDE_EXPEDITED("08", "UPS Worldwide Expedited", ServiceLevel.STANDARD, null),
    STANDARD("11", "UPS Standard", ServiceLevel.STANDARD, null),
    THREE_DAY_SELECT("12", "UPS 3 Day Select", ServiceLevel.ECONOMY, "3DS"),
    NEXT_DAY_AIR_SAVER("13", "UPS Next Day Air Saver", ServiceLevel.OVERNIGHT, "1DP"),
    NEXT_DAY_AIR_EARLY("14", "UPS Next Day Air Early", ServiceLevel.OVERNIGHT, "1DM"),
    WORLDWIDE_ECONOMY_DDU("17", "UPS Worldwide Economy DDU", ServiceLevel.ECONOMY, null),
    WORLDWIDE_EXPRESS_PLUS("54", "UPS Worldwide Express Plus", ServiceLevel.EXPRESS, null),
    SECOND_DAY_AIR_AM("59", "UPS 2nd Day Air A.M.", ServiceLevel.EXPRESS, "2DM"),
    WORLDWIDE_SAVER("65", "UPS Worldwide Saver", ServiceLevel.EXPRESS, null),
    WORLDWIDE_ECONOMY_DDP("72", "UPS Worldwide Economy DDP", ServiceLevel.ECONOMY, null),
    GROUND_SAVER("93", "UPS Ground Saver", ServiceLevel.ECONOMY, null);

    /** The service a shipment within the US gets for a level (no same-day service). */
    private static final Map<ServiceLevel, UpsServices> US_DOMESTIC = Map.of(
            ServiceLevel.OVERNIGHT, NEXT_DAY_AIR, ServiceLevel.EXPRESS, SECOND_DAY_AIR,
            ServiceLevel.STANDARD, GROUND, ServiceLevel.ECONOMY, GROUND_SAVER);
    /** Within another country. */
    private static final Map<ServiceLevel, UpsServices> OTHER_DOMESTIC = Map.of(
            ServiceLevel.OVERNIGHT, WORLDWIDE_EXPRESS, ServiceLevel.EXPRESS, WORLDWIDE_SAVER,
            ServiceLevel.STANDARD, STANDARD, ServiceLevel.ECONOMY, STANDARD);
    /** Across a border. */
    private static final Map<ServiceLevel, UpsServices> INTERNATIONAL = Map.of(
            ServiceLevel.OVERNIGHT, WORLDWIDE_EXPRESS, ServiceLevel.EXPRESS, WORLDWIDE_EXPRESS,
            ServiceLevel.STANDARD, WORLDWIDE_SAVER, ServiceLevel.ECONOMY, WORLDWIDE_EXPEDITED);

    private final String code;
    private final String displayName;
    private final ServiceLevel level;
    private final String timeInTransitCode;

    UpsServices(String code, String displayName, ServiceLevel level, String timeInTransitCode) {
        this.code = code;
        this.displayName = displayName;
        this.level = level;
        this.timeInTransitCode = timeInTransitCode;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public ServiceLevel level() {
        return level;
    }

    public static Optional<UpsServices> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static Optional<UpsServices> byTimeInTransitCode(String code) {
        return Arrays.stream(values()).filter(s -> code != null && code.equals(s.timeInTransitCode)).findFirst();
    }

    /** The level of a service UPS named but this table lacks, from its name ("UPS Worldwide Express Freight"). */
    public static ServiceLevel levelOfName(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.contains("next day") || n.contains("1 day") || n.contains("early")) {
            return ServiceLevel.OVERNIGHT;
        }
        if (n.contains("express") || n.contains("saver") || n.contains("2nd day")) {
            return ServiceLevel.EXPRESS;
        }
        if (n.contains("economy") || n.contains("3 day")) {
            return ServiceLevel.ECONOMY;
        }
        return ServiceLevel.STANDARD;
    }

    /** The service code for a shipment: the one asked for, or the one of its level on its lane. */
    public static String codeFor(String service, ServiceLevel level, String fromCountry, String toCountry) {
        if (service != null && !service.isBlank()) {
            return service;
        }
        Map<ServiceLevel, UpsServices> table = !fromCountry.equals(toCountry) ? INTERNATIONAL
                : fromCountry.equals("US") ? US_DOMESTIC : OTHER_DOMESTIC;
        UpsServices chosen = table.get(level);
        if (chosen == null) {
            throw UpsErrors.notServiceable("NO_SERVICE_FOR_LEVEL", "UPS has no " + level + " service", "serviceLevel");
        }
        return chosen.code;
    }
}
