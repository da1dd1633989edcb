package io.shipgate.carrier.delhivery.serviceability;

import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryUnits;
import io.shipgate.carrier.delhivery.serviceability.DelhiveryPincodeWire.Answer;
import io.shipgate.carrier.delhivery.serviceability.DelhiveryPincodeWire.Entry;
import io.shipgate.carrier.delhivery.serviceability.DelhiveryPincodeWire.PostalCode;

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
    public static Optional<DelhiveryPincode> of(byte[] body, String pin) {
        Answer answer = DelhiveryErrors.read(body, Answer.class);
        for (Entry entry : answer.deliveryCodes() == null ? java.util.List.<Entry>of() : answer.deliveryCodes()) {
            PostalCode code = entry == null ? null : entry.postalCode();
            if (code != null && code.pin() != null && pin.equals(code.pin().strip())) {
                String remarks = code.remarks() == null ? "" : code.remarks().strip();
                return Optional.of(new DelhiveryPincode(pin, DelhiveryUnits.yes(code.prepaid()), DelhiveryUnits.yes(code.cod()),
                        DelhiveryUnits.yes(code.pickup()), DelhiveryUnits.yes(code.repl()), DelhiveryUnits.yes(code.oda()),
                        remarks.equalsIgnoreCase("embargo"), code.maxAmount() == null ? BigDecimal.ZERO : code.maxAmount()));
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
