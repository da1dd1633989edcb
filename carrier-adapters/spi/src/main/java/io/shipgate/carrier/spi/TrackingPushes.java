package io.shipgate.carrier.spi;

import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;

import java.util.List;
import java.util.function.Supplier;

/**
 * How adapters read a tracking push once they have authenticated it: the one way every
 * {@link CarrierAdapter#parseWebhook} reports a body it cannot read. The caller has proven it is the
 * carrier, so such a body is the sender's mistake, not a carrier outage: INVALID_REQUEST with code
 * {@value #MALFORMED} (the gateway answers 400), never UNKNOWN (a 502, which carriers retry). What
 * the gateway needs of each result is checked here too: an AWB, and for each event a status, the
 * carrier's code and a time.
 */
public final class TrackingPushes {

    /** The code of a push whose body cannot be read as the carrier's tracking push. */
    public static final String MALFORMED = "MALFORMED_PUSH";

    private TrackingPushes() {
    }

    /**
     * Runs the adapter's parser on an authenticated push. Anything it throws other than
     * INVALID_REQUEST (an unreadable JSON, a wrong shape, a garbled time) becomes a malformed push
     * naming only the kind of failure: the failure's own text may quote the body (names, addresses),
     * which must reach neither the sender's answer nor a log.
     */
    public static List<TrackingResult> read(String carrier, Supplier<List<TrackingResult>> parser) {
        List<TrackingResult> results;
        try {
            results = parser.get();
        } catch (CarrierException e) {
            if (e.category() == CarrierErrorCategory.INVALID_REQUEST || e.category() == CarrierErrorCategory.AUTHENTICATION) {
                throw e;
            }
            throw unreadable(carrier, e.getCause() != null ? e.getCause() : e);
        } catch (RuntimeException e) {
            // a push is untrusted input: whatever the parser trips over (a missing field, a garbled time) is the push's fault
            throw unreadable(carrier, e);
        }
        for (TrackingResult result : results) {
            if (result.awb() == null || result.awb().isBlank()) {
                throw malformed(carrier, "a tracking result of the push has no AWB");
            }
            for (TrackingEvent event : result.events()) {
                if (event.status() == null || event.carrierCode() == null || event.carrierCode().isBlank() || event.occurredAt() == null) {
                    throw malformed(carrier, "an event of AWB " + result.awb() + " has no code or no time");
                }
            }
        }
        return results;
    }

    /** A push the adapter cannot read: INVALID_REQUEST, {@value #MALFORMED}. The message must not quote the body. */
    public static CarrierException malformed(String carrier, String message) {
        return new CarrierException(CarrierErrorCategory.INVALID_REQUEST, carrier, MALFORMED, message, false);
    }

    private static CarrierException unreadable(String carrier, Throwable failure) {
        return malformed(carrier, "the body is not a " + carrier + " tracking push (" + failure.getClass().getSimpleName() + ")");
    }
}
