package io.shipgate.carrier.dhlexpress;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.spi.CarrierTimes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How MyDHL's requests write a time: a local time with its GMT offset, {@code 2024-11-05T14:00:00 GMT+01:00}
 * (rates, shipments and pickups alike). Reading DHL's times is the SPI's {@code CarrierTimes}.
 */
public final class DhlShippingTime {

    private static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss 'GMT'xxx");
    /** A planned day without a time is booked at noon, the shipper's local time. */
    private static final LocalTime NOON = LocalTime.NOON;

    private DhlShippingTime() {
    }

    /** {@code 2024-11-05T14:00:00 GMT+01:00}. */
    public static String gmt(OffsetDateTime time) {
        return GMT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * When a shipment is planned to leave, as MyDHL reads it: the shipper's local time with its
     * offset (the date on DHL's label and invoice is that local date, behaviour 11 of issue 15).
     * Now at the shipper's place when no day is given or the day is today, else noon there on that
     * day; never in the past, which MyDHL refuses. A shipper whose zone cannot be told takes the clock's.
     */
    public static String planned(LocalDate shipDate, Clock clock, Address shipper) {
        ZoneId zone = CarrierTimes.zoneAt(clock, shipper);
        OffsetDateTime now = clock.instant().atZone(zone).toOffsetDateTime();
        if (shipDate == null) {
            return gmt(now);
        }
        OffsetDateTime planned = shipDate.atTime(NOON).atZone(zone).toOffsetDateTime();
        return gmt(planned.isBefore(now) ? now : planned);
    }
}
