package io.shipgate.carrier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One carrier service's price for a rate request.
 *
 * @param service           the carrier's service code (pass it back to buy this service)
 * @param serviceName       the carrier's name for it
 * @param total             what the merchant pays, with taxes when the carrier gives them
 * @param charges           the breakdown of {@code total}, when the carrier gives one
 * @param transitDays       business days in transit, when known
 * @param estimatedDelivery the estimated delivery date (EDD), when known: the earliest day of the carrier's window
 * @param latestDelivery    the last day of the carrier's delivery window, when it gives a window (else null)
 * @param guaranteed        whether the carrier guarantees that date
 */
public record RateQuote(String carrier, String service, String serviceName, ServiceLevel serviceLevel,
                        Money total, List<Charge> charges, Integer transitDays, LocalDate estimatedDelivery,
                        LocalDate latestDelivery, boolean guaranteed) {

    public RateQuote {
        charges = charges == null ? List.of() : List.copyOf(charges);
        if (estimatedDelivery != null && latestDelivery != null && latestDelivery.isBefore(estimatedDelivery)) {
            latestDelivery = estimatedDelivery;
        }
    }

    /** A quote with a single estimated day (no window). */
    public RateQuote(String carrier, String service, String serviceName, ServiceLevel serviceLevel, Money total,
                     List<Charge> charges, Integer transitDays, LocalDate estimatedDelivery, boolean guaranteed) {
        this(carrier, service, serviceName, serviceLevel, total, charges, transitDays, estimatedDelivery, null, guaranteed);
    }
}
