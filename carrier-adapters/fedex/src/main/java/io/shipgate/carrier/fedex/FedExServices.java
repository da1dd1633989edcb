package io.shipgate.carrier.fedex;

import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.SignatureOption;
import io.shipgate.carrier.spi.CodeTable;

import java.util.List;
import java.util.Map;

/**
 * FedEx service types ({@code serviceType}) by the universal service level they belong to, one
 * table, and the service Shipgate books for a level when the merchant names none.
 */
public final class FedExServices {

    private static final CodeTable<ServiceLevel> LEVELS = CodeTable.of(Map.of(
            ServiceLevel.SAME_DAY, List.of("SAME_DAY", "SAME_DAY_CITY"),
            ServiceLevel.OVERNIGHT, List.of("FIRST_OVERNIGHT", "PRIORITY_OVERNIGHT", "STANDARD_OVERNIGHT", "FEDEX_NEXT_DAY",
                    "FEDEX_NEXT_DAY_10AM", "FEDEX_NEXT_DAY_12PM", "FEDEX_NEXT_DAY_END_OF_DAY", "FEDEX_NEXT_DAY_EARLY_MORNING",
                    "FEDEX_NEXT_DAY_MID_MORNING", "FEDEX_NEXT_DAY_AFTERNOON", "INTERNATIONAL_FIRST"),
            ServiceLevel.EXPRESS, List.of("FEDEX_2_DAY", "FEDEX_2_DAY_AM", "FEDEX_EXPRESS_SAVER", "FEDEX_INTERNATIONAL_PRIORITY",
                    "FEDEX_INTERNATIONAL_PRIORITY_EXPRESS", "INTERNATIONAL_PRIORITY", "EUROPE_FIRST_INTERNATIONAL_PRIORITY"),
            ServiceLevel.STANDARD, List.of("FEDEX_GROUND", "GROUND_HOME_DELIVERY", "INTERNATIONAL_ECONOMY",
                    "FEDEX_INTERNATIONAL_CONNECT_PLUS", "FEDEX_INTERNATIONAL_DEFERRED"),
            ServiceLevel.ECONOMY, List.of("SMART_POST", "FEDEX_GROUND_ECONOMY", "FEDEX_REGIONAL_ECONOMY", "FEDEX_ECONOMY_SELECT",
                    "FEDEX_DISTANCE_DEFERRED")));

    private FedExServices() {
    }

    /** The universal level of a FedEx service type; null for one not in the table (freight services...). */
    public static ServiceLevel level(String serviceType) {
        return LEVELS.get(serviceType, null);
    }

    /**
     * The FedEx service booked for {@code level}: domestic Express services and Ground (Home Delivery
     * to a residence), or the international Express services; ECONOMY is Ground domestically (Ground
     * Economy needs a hub agreement) and International Economy abroad.
     */
    public static String serviceFor(ServiceLevel level, boolean international, boolean residential) {
        if (international) {
            return switch (level) {
                case SAME_DAY, OVERNIGHT -> "INTERNATIONAL_FIRST";
                case EXPRESS -> "FEDEX_INTERNATIONAL_PRIORITY";
                case STANDARD, ECONOMY -> "INTERNATIONAL_ECONOMY";
            };
        }
        return switch (level) {
            case SAME_DAY -> "SAME_DAY";
            case OVERNIGHT -> "PRIORITY_OVERNIGHT";
            case EXPRESS -> "FEDEX_2_DAY";
            case STANDARD, ECONOMY -> residential ? "GROUND_HOME_DELIVERY" : "FEDEX_GROUND";
        };
    }

    /** FedEx's {@code signatureOptionType} for a universal signature option: DIRECT or ADULT. */
    public static String signature(SignatureOption option) {
        return option == SignatureOption.ADULT ? "ADULT" : "DIRECT";
    }

    /** The table as written, for the test that checks each service is listed once. */
    static Map<ServiceLevel, List<String>> levels() {
        return LEVELS.entries();
    }
}
