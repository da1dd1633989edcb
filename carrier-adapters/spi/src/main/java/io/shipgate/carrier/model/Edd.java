package io.shipgate.carrier.model;

import java.time.LocalDate;

/** An estimated delivery date (EDD) for one service, with its window when the carrier gives one. */
public record Edd(String service, ServiceLevel serviceLevel, LocalDate estimatedDelivery, LocalDate latestDelivery,
                  Integer transitDays, boolean guaranteed) {
}
