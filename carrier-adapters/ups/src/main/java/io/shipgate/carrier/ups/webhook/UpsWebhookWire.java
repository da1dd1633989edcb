package io.shipgate.carrier.ups.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.shipgate.carrier.ups.UpsActivities;

/** One UPS Track Alert event (the {@code TrackingEvent} webhook of UPSTrackAlert.yaml), as UPS names it. */
public final class UpsWebhookWire {

    private UpsWebhookWire() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String trackingNumber, String localActivityDate, String localActivityTime, String gmtOffset,
                        String gmtActivityDate, String gmtActivityTime, UpsActivities.Place activityLocation,
                        UpsActivities.Status activityStatus, String scheduledDeliveryDate) {
    }
}
