package io.shipgate.carrier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One carrier service's price for a rate request.
 *
 * @param service           the carrier's service code (pass it back to buy this service)
 * @param serviceName       the carrier's name for it
 * @param total             what the merchant pays
 * @param charges           the breakdown of {@code total}, when the carrier gives one
 * @param transitDays       business days in transit, when known
 * @param estimatedDelivery the estimated delivery date (EDD), when known
 * @param guaranteed        whether the carrier guarantees that date
 */
public record RateQuote(String carrier, String service, String serviceName, ServiceLevel serviceLevel,
                        Money total, List<Charge> charges, Integer transitDays, LocalDate estimatedDelivery,
                        boolean guaranteed) {

    public RateQuote {
        charges = charges == null ? List.of() : List.copyOf(charges);
    }
}
