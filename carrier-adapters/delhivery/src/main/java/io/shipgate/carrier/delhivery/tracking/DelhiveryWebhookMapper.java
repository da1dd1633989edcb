package io.shipgate.carrier.delhivery.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.delhivery.DelhiveryCarrier;
import io.shipgate.carrier.delhivery.DelhiveryJson;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.TrackingPushes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Delhivery's scan push: a JSON {@code {"Shipment": {...}}} (or a list of them) with the
 * tracking answer's {@code Status} block, the scan's code in {@code NSLCode}, and {@code AWB}.
 * Delhivery signs nothing; it sends the headers the merchant registered with it. The gateway's
 * convention is {@code Authorization: Token <webhook_token>} ({@code Bearer} accepted too), the
 * account's {@code webhook_token} credential, compared in constant time (SHA-256 digests of both,
 * so not even the length leaks). A push without it, with another token, or to an account without
 * a {@code webhook_token}, is refused (AUTHENTICATION). An authenticated body that is not such a
 * push is INVALID_REQUEST ({@link TrackingPushes}).
 */
public final class DelhiveryWebhookMapper {

    public static final String HEADER = "Authorization";
    private static final List<String> SCHEMES = List.of("token ", "bearer ");

    private DelhiveryWebhookMapper() {
    }

    /**
     * Authenticates and parses a push.
     *
     * @param webhookToken the account's token, or null when it has none
     */
    public static List<TrackingResult> parse(String webhookToken, InboundWebhook webhook) {
        authenticate(webhookToken, webhook.header(HEADER));
        return TrackingPushes.read(DelhiveryCarrier.CODE, () -> results(DelhiveryJson.tree(webhook.body())));
    }

    private static List<TrackingResult> results(JsonNode body) {
        List<TrackingResult> results = new ArrayList<>();
        Iterable<JsonNode> pushes = body.isArray() ? body : List.of(body);
        for (JsonNode push : pushes) {
            JsonNode shipment = push.path("Shipment");
            String awb = DelhiveryJson.text(shipment, "AWB");
            if (awb == null) {
                throw TrackingPushes.malformed(DelhiveryCarrier.CODE, "a Delhivery push without Shipment.AWB");
            }
            TrackingEvent event = DelhiveryTrackingMapper.statusEvent(shipment.path("Status"), DelhiveryJson.text(shipment, "NSLCode"));
            List<TrackingEvent> events = new ArrayList<>();
            DelhiveryTrackingMapper.addTimed(events, event);
            results.add(new TrackingResult(awb, event.status(), events,
                    DelhiveryTrackingMapper.estimatedDelivery(shipment), DelhiveryJson.write(push)));
        }
        return results;
    }

    private static void authenticate(String webhookToken, String header) {
        if (webhookToken == null) {
            throw refused("NO_WEBHOOK_TOKEN", "the Delhivery account has no webhook_token to check pushes with");
        }
        String given = header == null ? null : SCHEMES.stream()
                .filter(scheme -> header.length() > scheme.length() && header.substring(0, scheme.length()).toLowerCase(Locale.ROOT).equals(scheme))
                .map(scheme -> header.substring(scheme.length()).strip()).findFirst().orElse(null);
        if (given == null) {
            throw refused("MISSING_TOKEN", "the push has no '" + HEADER + ": Token <webhook_token>' header");
        }
        if (!MessageDigest.isEqual(sha256(given), sha256(webhookToken))) {
            throw refused("INVALID_TOKEN", "the push's token is not the account's webhook_token");
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static CarrierException refused(String code, String message) {
        return new CarrierException(CarrierErrorCategory.AUTHENTICATION, DelhiveryCarrier.CODE, code, message, false);
    }
}
