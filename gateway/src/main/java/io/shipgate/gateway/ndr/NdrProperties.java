package io.shipgate.gateway.ndr;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * {@code shipgate.ndr.*} (application.yml documents each; docs/operations.md, "NDR (failed deliveries)").
 *
 * @param actionWindow   how long after a failed attempt the merchant has to act, where the carrier has no own setting:
 *                       the case's action deadline (after it the carrier returns the parcel if nobody acts)
 * @param rescheduleDays how many days ahead a reschedule may go (from tomorrow), where the carrier has no own setting
 * @param carriers       per carrier code: its own {@code action-window} and {@code reschedule-days}
 */
@ConfigurationProperties("shipgate.ndr")
record NdrProperties(@DefaultValue("48h") Duration actionWindow,
                     @DefaultValue("7") int rescheduleDays,
                     Map<String, Carrier> carriers) {

    /** A carrier's own settings; a missing one is the default's. */
    record Carrier(Duration actionWindow, Integer rescheduleDays) {
    }

    NdrProperties {
        if (actionWindow.isNegative() || actionWindow.isZero()) {
            throw new IllegalArgumentException("shipgate.ndr.action-window must be positive");
        }
        if (rescheduleDays < 1 || rescheduleDays > 30) {
            throw new IllegalArgumentException("shipgate.ndr.reschedule-days must be 1 to 30");
        }
        carriers = carriers == null ? Map.of() : Map.copyOf(carriers);
    }

    Duration actionWindow(String carrier) {
        Carrier own = carriers.get(carrier);
        return own != null && own.actionWindow() != null ? own.actionWindow() : actionWindow;
    }

    int rescheduleDays(String carrier) {
        Carrier own = carriers.get(carrier);
        return own != null && own.rescheduleDays() != null ? own.rescheduleDays() : rescheduleDays;
    }
}
