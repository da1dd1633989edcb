package io.shipgate.carrier.ups.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.TrackingPushes;
import io.shipgate.carrier.ups.UpsCarrier;
import io.shipgate.carrier.ups.UpsJson;
import io.shipgate.carrier.ups.UpsStatusMap;
import io.shipgate.carrier.ups.UpsTime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.List;

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
        return TrackingPushes.read(UpsCarrier.CODE, () -> List.of(event(UpsJson.tree(webhook.body()))));
    }

    private static TrackingResult event(JsonNode body) {
        String trackingNumber = UpsJson.text(body, "trackingNumber");
        JsonNode status = body.path("activityStatus");
        if (trackingNumber == null || status.isMissingNode()) {
            throw TrackingPushes.malformed(UpsCarrier.CODE, "the Track Alert call has no trackingNumber or activityStatus");
        }
        JsonNode place = body.path("activityLocation");
        EventLocation location = new EventLocation(UpsJson.text(place, "city"), UpsJson.text(place, "stateProvince"),
                UpsJson.text(place, "postalCode"), UpsJson.text(place, "country"));
        OffsetDateTime at = UpsTime.at(UpsJson.text(body, "localActivityDate"), UpsJson.text(body, "localActivityTime"),
                UpsJson.text(body, "gmtOffset"), UpsJson.text(body, "gmtActivityDate"), UpsJson.text(body, "gmtActivityTime"), location);
        UpsStatusMap.Normalized normalized = UpsStatusMap.normalize(UpsJson.text(status, "descriptionCode"),
                UpsJson.text(status, "code"), UpsJson.text(status, "type"), UpsJson.text(status, "description"));
        TrackingEvent event = new TrackingEvent(normalized.status(), normalized.ndrReason(), UpsTrackingMapper.carrierCode(status),
                UpsJson.text(status, "description"), location, at);
        ObjectNode payload = body.deepCopy();
        payload.remove(List.of("deliveryPhoto", "receivedBy"));
        return new TrackingResult(trackingNumber, normalized.status(), at == null ? List.of() : List.of(event),
                UpsTime.date(UpsJson.text(body, "scheduledDeliveryDate")), payload.toString());
    }

    private static CarrierException refused(String code, String message) {
        return new CarrierException(CarrierErrorCategory.AUTHENTICATION, UpsCarrier.CODE, code, message, false);
    }
}
