package io.shipgate.gateway.notify;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Locale;

/** The moments a shipment's recipient may be written to. */
@Schema(name = "NotificationMilestone", description = "A milestone the recipient may be emailed at")
public enum Milestone {

    /** The carrier has the parcel (its first pickup or in-transit scan): with the tracking link. */
    SHIPPED,
    /** The parcel is out for delivery (the first time). */
    OUT_FOR_DELIVERY,
    /** The parcel was delivered. */
    DELIVERED,
    /** A delivery attempt failed (the first one): with the self-service link to choose a new date or correct the address. */
    DELIVERY_FAILED,
    /** A customer return arrived back at the merchant. */
    RETURN_RECEIVED;

    /** The milestone's name in message keys and templates: {@code out_for_delivery}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
