package io.shipgate.carrier.dhlexpress;

import io.shipgate.carrier.model.ServiceLevel;

import java.util.Arrays;

/**
 * DHL Express global product codes ({@code productCode}) and the universal service level each
 * one is: the time-definite next-day products are OVERNIGHT, Express Worldwide and Domestic
 * Express EXPRESS, Economy Select ECONOMY. A shipment without a service code gets the product of
 * its service level for its lane (domestic or international) and content (documents or goods).
 */
public enum DhlProducts {
    EXPRESS_WORLDWIDE("P", ServiceLevel.EXPRESS),
    EXPRESS_WORLDWIDE_DOC("D", ServiceLevel.EXPRESS),
    EXPRESS_WORLDWIDE_EU("U", ServiceLevel.EXPRESS),
    EXPRESS_9_00("K", ServiceLevel.OVERNIGHT),
    EXPRESS_9_00_DOC("E", ServiceLevel.OVERNIGHT),
    EXPRESS_10_30("M", ServiceLevel.OVERNIGHT),
    EXPRESS_10_30_DOC("L", ServiceLevel.OVERNIGHT),
    EXPRESS_12_00("T", ServiceLevel.OVERNIGHT),
    EXPRESS_12_00_DOC("Y", ServiceLevel.OVERNIGHT),
    EXPRESS_EASY("8", ServiceLevel.EXPRESS),
    EXPRESS_EASY_DOC("7", ServiceLevel.EXPRESS),
    EXPRESS_ENVELOPE("X", ServiceLevel.EXPRESS),
    ECONOMY_SELECT("W", ServiceLevel.ECONOMY),
    ECONOMY_SELECT_EU("H", ServiceLevel.ECONOMY),
    DOMESTIC_EXPRESS("N", ServiceLevel.EXPRESS),
    DOMESTIC_EXPRESS_9_00("I", ServiceLevel.OVERNIGHT),
    DOMESTIC_EXPRESS_10_30("O", ServiceLevel.OVERNIGHT),
    DOMESTIC_EXPRESS_12_00("1", ServiceLevel.OVERNIGHT),
    DOMESTIC_ECONOMY_SELECT("G", ServiceLevel.ECONOMY);

    private final String code;
    private final ServiceLevel level;

    DhlProducts(String code, ServiceLevel level) {
        this.code = code;
        this.level = level;
    }

    public String code() {
        return code;
    }

    /** The service level of a product code DHL quoted; EXPRESS for one not in the table (every DHL Express product is). */
    public static ServiceLevel levelOf(String productCode) {
        return Arrays.stream(values()).filter(p -> p.code.equals(productCode)).findFirst()
                .map(p -> p.level).orElse(ServiceLevel.EXPRESS);
    }

    /**
     * The product a shipment without a service code is booked with. DHL Express has no same-day
     * product in this API: SAME_DAY is NOT_SERVICEABLE.
     */
    public static String forLevel(ServiceLevel level, boolean international, boolean documents) {
        DhlProducts product = switch (level) {
            case SAME_DAY -> throw DhlErrors.notServiceable("serviceLevel", "SERVICE_LEVEL_NOT_OFFERED",
                    "DHL Express offers no same-day service through the MyDHL API");
            case OVERNIGHT -> international ? (documents ? EXPRESS_9_00_DOC : EXPRESS_9_00) : DOMESTIC_EXPRESS_9_00;
            case EXPRESS, STANDARD -> international ? (documents ? EXPRESS_WORLDWIDE_DOC : EXPRESS_WORLDWIDE) : DOMESTIC_EXPRESS;
            case ECONOMY -> international ? (documents ? EXPRESS_WORLDWIDE_DOC : ECONOMY_SELECT) : DOMESTIC_ECONOMY_SELECT;
        };
        return product.code;
    }
}
