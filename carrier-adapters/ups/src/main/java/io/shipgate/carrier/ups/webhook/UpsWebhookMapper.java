package io.shipgate.carrier.ups.webhook;

import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.TrackingPushes;
import io.shipgate.carrier.spi.CarrierTimes;
import io.shipgate.carrier.ups.UpsActivities;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsWire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/**
 * UPS Track Alert events (the {@code TrackingEvent} webhook of UPSTrackAlert.yaml): one package
 * event per call, to a one-event tracking result.
 *
 * <p>Authentication: a Track Alert subscription registers a destination URL with a
 * {@code credential} (and its {@code credentialType}); UPS sends that credential back in the
 * {@code credential} header of every event. The account keeps it as {@code webhook_credential}
 * and it is compared in constant time. A {@code Bearer} credential may instead come as
 * {@code Authorization: Bearer <credential>}. An event to an account without a credential, or
 * without the right one, is refused with AUTHENTICATION. An authenticated body that is not a
 * Track Alert event is INVALID_REQUEST ({@link TrackingPushes}).
 */
public final class UpsWebhookMapper {

    public static final String CREDENTIAL_HEADER = "credential";
    private static final String BEARER = "Bearer ";
    /** Personal data left out of the audit copy. */
    private static final Set<String> PERSONAL = Set.of("deliveryPhoto", "receivedBy");

    private UpsWebhookMapper() {
    }

    /**
     * Authenticates and parses one Track Alert event.
     *
     * @param webhookCredential the account's credential, or null when it has none
     */
    public static List<TrackingResult> parse(String webhookCredential, InboundWebhook webhook) {
        if (webhookCredential == null) {
            throw refused("NO_WEBHOOK_CREDENTIAL", "the UPS account has no webhook_credential to check Track Alert events with");
        }
        String given = webhook.header(CREDENTIAL_HEADER);
        String authorization = webhook.header("Authorization");
        if (given == null && authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            given = authorization.substring(BEARER.length()).strip();
        }
        if (given == null) {
            throw refused("MISSING_CREDENTIAL", "the Track Alert event has no " + CREDENTIAL_HEADER + " header");
        }
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), webhookCredential.getBytes(StandardCharsets.UTF_8))) {
            throw refused("INVALID_CREDENTIAL", "the Track Alert event's credential is not the account's");
        }
        return TrackingPushes.read(UpsErrors.CODE, () -> List.of(event(webhook.body())));
    }

    private static TrackingResult event(byte[] body) {
        UpsWebhookWire.Event event = UpsWire.read(body, UpsWebhookWire.Event.class);
        String trackingNumber = UpsWire.text(event.trackingNumber());
        if (trackingNumber == null || event.activityStatus() == null) {
            throw TrackingPushes.malformed(UpsErrors.CODE, "the Track Alert call has no trackingNumber or activityStatus");
        }
        EventLocation location = event.activityLocation() == null ? null : event.activityLocation().location();
        TrackingEvent scan = UpsActivities.event(event.activityStatus(), location, event.localActivityDate(), event.localActivityTime(),
                event.gmtOffset(), event.gmtActivityDate(), event.gmtActivityTime());
        return new TrackingResult(trackingNumber, event.activityStatus().normalized().status(), scan == null ? List.of() : List.of(scan),
                CarrierTimes.date(event.scheduledDeliveryDate()), CarrierJson.withoutFields(body, PERSONAL));
    }

    private static CarrierException refused(String code, String message) {
        return UpsErrors.authentication(code, message);
    }
}
