package io.shipgate.carrier.delhivery.serviceability;

import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryServices;
import io.shipgate.carrier.delhivery.DelhiveryUnits;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Serviceability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Pincode serviceability, both as the universal answer (with the destination's COD limit, ODA and
 * embargo, so that a caller can say which one applies) and as the checks a purchase must pass before
 * anything is manifested: a pincode Delhivery does not list (or holds under embargo) is not served; COD needs the {@code cod} flag (and an amount within the pincode's limit), prepaid the
 * {@code pre_paid} flag, a pickup the {@code pickup} flag.
 */
public final class DelhiveryServiceabilityMapper {

    private DelhiveryServiceabilityMapper() {
    }

    /**
     * The universal answer for a destination and, when asked, an origin.
     *
     * @param origin the origin's entry, or null when the request has no origin (then {@code pickup}
     *               says whether Delhivery picks up at the destination)
     * @param cod    the COD amount the request asks about, in rupees; null when none
     */
    public static Serviceability serviceability(String destinationPin, Optional<DelhiveryPincode> destination,
                                                String originPin, Optional<DelhiveryPincode> origin, BigDecimal cod) {
        List<String> remarks = new ArrayList<>();
        DelhiveryPincode dest = destination.orElse(null);
        if (dest == null) {
            remarks.add("Delhivery does not serve pincode " + destinationPin);
        } else if (dest.embargo()) {
            remarks.add("pincode " + destinationPin + " is under embargo (temporarily not served)");
        } else if (dest.oda()) {
            remarks.add("pincode " + destinationPin + " is out of Delhivery's delivery area (ODA): delivery takes longer");
        }
        boolean codOk = dest != null && (cod == null ? dest.cod() && !dest.embargo() : dest.collects(cod));
        if (dest != null && dest.delivers() && cod != null && !codOk) {
            remarks.add(dest.cod() ? "COD above INR " + dest.maxCod().toPlainString() + " is not collected at pincode " + destinationPin
                    : "no cash on delivery at pincode " + destinationPin);
        }
        DelhiveryPincode from = origin == null ? null : origin.orElse(null);
        boolean originPicksUp = origin == null || (from != null && from.pickup() && !from.embargo());
        if (origin != null && !originPicksUp) {
            remarks.add("Delhivery does not pick up at pincode " + originPin);
        }
        boolean delivers = dest != null && dest.delivers();
        boolean serviceable = delivers && originPicksUp && (cod == null || codOk);
        return new Serviceability(serviceable, delivers && dest.prepaid(), delivers && codOk,
                origin == null ? delivers && dest.pickup() : originPicksUp,
                dest != null && dest.pickup() && !dest.embargo(),
                serviceable ? Arrays.stream(DelhiveryServices.values()).map(DelhiveryServices::code).toList() : List.of(),
                remarks.isEmpty() ? null : String.join("; ", remarks),
                dest == null || !dest.cod() || dest.maxCod().signum() == 0 ? null : new Money(dest.maxCod(), DelhiveryUnits.INR),
                dest != null && dest.oda(), dest != null && dest.embargo());
    }

    /** The COD amount of a serviceability question, in rupees; null when it asks none. */
    public static BigDecimal cod(Money cod) {
        return cod == null || cod.amount().signum() <= 0 ? null : DelhiveryUnits.rupees(cod, "cod");
    }

    /**
     * Refuses a forward shipment Delhivery cannot deliver, before it is manifested.
     *
     * @param cod the COD amount in rupees; null for a prepaid shipment
     */
    public static void checkDelivery(String pin, Optional<DelhiveryPincode> destination, BigDecimal cod) {
        DelhiveryPincode dest = destination.filter(DelhiveryPincode::delivers).orElseThrow(() ->
                DelhiveryErrors.notServiceable("PINCODE_NOT_SERVICEABLE", "Delhivery does not deliver to pincode " + pin
                        + (destination.map(DelhiveryPincode::embargo).orElse(false) ? " (under embargo)" : ""), "recipient.postalCode"));
        if (cod != null && !dest.cod()) {
            throw DelhiveryErrors.notServiceable("COD_NOT_SERVICEABLE", "Delhivery does not collect cash on delivery at pincode " + pin,
                    "options.cod");
        }
        if (cod != null && !dest.collects(cod)) {
            throw DelhiveryErrors.notServiceable("COD_LIMIT_EXCEEDED", "Delhivery collects at most INR " + dest.maxCod().toPlainString()
                    + " cash on delivery at pincode " + pin, "options.cod");
        }
        if (cod == null && !dest.prepaid()) {
            throw DelhiveryErrors.notServiceable("PREPAID_NOT_SERVICEABLE", "Delhivery delivers only cash-on-delivery shipments to pincode "
                    + pin, "recipient.postalCode");
        }
    }

    /** Refuses a reverse pickup at a pincode where Delhivery does not pick up. */
    public static void checkReversePickup(String pin, Optional<DelhiveryPincode> customer) {
        if (customer.filter(p -> p.pickup() && !p.embargo()).isEmpty()) {
            throw DelhiveryErrors.notServiceable("PICKUP_NOT_SERVICEABLE", "Delhivery does not pick up returns at pincode " + pin,
                    "customer.postalCode");
        }
    }
}
