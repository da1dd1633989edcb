package io.shipgate.carrier.delhivery.serviceability;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.delhivery.DelhiveryJson;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What Delhivery offers at one pincode, from {@code delivery_codes[].postal_code} of the pincode
 * API: {@code pre_paid}, {@code cod}, {@code pickup} and {@code repl} flags (Y/N), {@code is_oda}
 * (out of delivery area: served, more slowly) and {@code remarks} ({@code Embargo} while the
 * pincode is temporarily closed).
 *
 * @param pickup      Delhivery picks up at this pincode: a warehouse's forward pickup, a customer's reverse pickup
 * @param replacement replacement (REPL) shipments possible
 * @param maxCod      the largest COD amount Delhivery collects there; zero when it states no limit
 */
public record DelhiveryPincode(String pin, boolean prepaid, boolean cod, boolean pickup, boolean replacement, boolean oda,
                               boolean embargo, BigDecimal maxCod) {

    /** The pincode's entry in a pincode API answer; empty when Delhivery does not list it (it does not serve it). */
    public static Optional<DelhiveryPincode> of(JsonNode answer, String pin) {
        for (JsonNode entry : answer.path("delivery_codes")) {
            JsonNode code = entry.path("postal_code");
            if (pin.equals(code.path("pin").asText().strip())) {
                String remarks = DelhiveryJson.text(code, "remarks");
                return Optional.of(new DelhiveryPincode(pin, DelhiveryJson.yes(code, "pre_paid"), DelhiveryJson.yes(code, "cod"),
                        DelhiveryJson.yes(code, "pickup"), DelhiveryJson.yes(code, "repl"), DelhiveryJson.yes(code, "is_oda"),
                        remarks != null && remarks.equalsIgnoreCase("embargo"), DelhiveryJson.decimal(code, "max_amount")));
            }
        }
        return Optional.empty();
    }

    /** Whether Delhivery delivers here at all: listed, not under embargo, with prepaid or COD. */
    public boolean delivers() {
        return !embargo && (prepaid || cod);
    }

    /** Whether Delhivery collects {@code amount} rupees cash on delivery here. */
    public boolean collects(BigDecimal amount) {
        return cod && !embargo && (maxCod.signum() == 0 || amount.compareTo(maxCod) <= 0);
    }
}
