package io.shipgate.gateway.shipment;

import java.time.LocalDate;

/**
 * A carrier's delivery window as a shipment keeps it: its first day (the estimated delivery date)
 * and, when the carrier gives one, its last. A new window replaces both days together.
 */
record DeliveryWindow(LocalDate estimated, LocalDate latest) {

    /**
     * The carrier's window for a shipment handed over on {@code shipDate}, or null when there is none to
     * keep: the carrier gave no date, or a day before the ship date (a stale or wrong estimate is never stored).
     */
    static DeliveryWindow of(LocalDate shipDate, LocalDate estimated, LocalDate latest) {
        if (estimated == null && latest == null) {
            return null;
        }
        if (shipDate != null && (before(estimated, shipDate) || before(latest, shipDate))) {
            return null;
        }
        // a carrier that names only its window's last day: the window is that day
        return new DeliveryWindow(estimated != null ? estimated : latest, latest);
    }

    private static boolean before(LocalDate day, LocalDate shipDate) {
        return day != null && day.isBefore(shipDate);
    }
}
