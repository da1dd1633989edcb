package io.shipgate.carrier.simulator;

import java.math.BigDecimal;

/**
 * Where the simulated carrier serves, so tests can reach every refusal: postal codes starting
 * with {@code 000} are not served at all, those starting with {@code 999} get no cash on delivery,
 * and cash on delivery is domestic only, up to 50,000 in INR and 2,000 in other currencies.
 */
final class Coverage {

    static final String UNSERVED_PREFIX = "000";
    static final String NO_COD_PREFIX = "999";
    private static final BigDecimal COD_LIMIT_INR = BigDecimal.valueOf(50_000);
    private static final BigDecimal COD_LIMIT = BigDecimal.valueOf(2_000);

    private Coverage() {
    }

    static boolean serves(Party party) {
        return !party.postalCodeStartsWith(UNSERVED_PREFIX);
    }

    /** Whether COD can be collected on the lane at all. */
    static boolean codAvailable(Lane lane) {
        return lane.domestic() && serves(lane.destination()) && !lane.destination().postalCodeStartsWith(NO_COD_PREFIX);
    }

    static BigDecimal codLimit(String currency) {
        return "INR".equals(currency) ? COD_LIMIT_INR : COD_LIMIT;
    }

    /** Why COD cannot be collected on the lane, or null when it can. */
    static String codRefusal(Lane lane, Amount cod) {
        if (!lane.domestic()) {
            return "cash on delivery is only offered within one country";
        }
        if (!codAvailable(lane)) {
            return "cash on delivery is not offered at postal code " + lane.destination().postalCode();
        }
        if (cod.value().compareTo(codLimit(cod.currency())) > 0) {
            return "cash on delivery is limited to " + codLimit(cod.currency()) + " " + cod.currency();
        }
        return null;
    }

    /**
     * Refuses (422) a lane the carrier does not serve, or COD it cannot collect. {@code originField}
     * and {@code destinationField} name the two addresses in the request.
     */
    static void require(Lane lane, Amount cod, String originField, String destinationField) {
        if (!serves(lane.origin())) {
            throw SimulatorError.notServiceable(originField + ".postal_code",
                    "postal code " + lane.origin().postalCode() + " is not serviceable");
        }
        if (!serves(lane.destination())) {
            throw SimulatorError.notServiceable(destinationField + ".postal_code",
                    "postal code " + lane.destination().postalCode() + " is not serviceable");
        }
        String codRefusal = cod == null ? null : codRefusal(lane, cod);
        if (codRefusal != null) {
            throw SimulatorError.notServiceable("cod", codRefusal);
        }
    }
}
