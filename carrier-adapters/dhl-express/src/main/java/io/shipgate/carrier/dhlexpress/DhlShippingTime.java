package io.shipgate.carrier.dhlexpress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How MyDHL's requests write a time: a local time with its GMT offset, {@code 2024-11-05T14:00:00 GMT+01:00}
 * (rates, shipments and pickups alike). Reading DHL's times is the SPI's {@code CarrierTimes}.
 */
public final class DhlShippingTime {

    private static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss 'GMT'xxx");
    /** A planned day without a time is booked at noon: the same calendar day from UTC-11 to UTC+11. */
    private static final LocalTime NOON = LocalTime.NOON;

    private DhlShippingTime() {
    }

    /** {@code 2024-11-05T14:00:00 GMT+01:00}. */
    public static String gmt(OffsetDateTime time) {
        return GMT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * When a shipment is planned to leave: now (UTC) when no day is given or the day is today,
     * else noon UTC on that day; never in the past, which MyDHL refuses.
     */
    public static String planned(LocalDate shipDate, Clock clock) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (shipDate == null) {
            return gmt(now);
        }
        OffsetDateTime planned = shipDate.atTime(NOON).atOffset(ZoneOffset.UTC);
        return gmt(planned.isBefore(now) ? now : planned);
    }
}
