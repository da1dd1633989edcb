package io.shipgate.carrier.delhivery.webhook;

import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryScans;
import io.shipgate.carrier.delhivery.DelhiveryStatusMap;
import io.shipgate.carrier.delhivery.webhook.DelhiveryWebhookWire.Push;
import io.shipgate.carrier.delhivery.webhook.DelhiveryWebhookWire.Shipment;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierTimes;
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
        return TrackingPushes.read(DelhiveryErrors.CODE, () -> results(webhook.body()));
    }

    private static List<TrackingResult> results(byte[] body) {
        List<Push> pushes = isList(body) ? java.util.Arrays.asList(DelhiveryErrors.read(body, Push[].class))
                : java.util.Collections.singletonList(DelhiveryErrors.read(body, Push.class));
        List<TrackingResult> results = new ArrayList<>();
        for (Push push : pushes) {
            Shipment shipment = push == null ? null : push.shipment();
            String awb = shipment == null || shipment.awb() == null || shipment.awb().isBlank() ? null : shipment.awb().strip();
            if (awb == null) {
                throw TrackingPushes.malformed(DelhiveryErrors.CODE, "a Delhivery push without Shipment.AWB");
            }
            var status = shipment.status() == null ? new DelhiveryScans.Status(null, null, null, null, null, null, null) : shipment.status();
            TrackingEvent event = DelhiveryScans.statusEvent(status, shipment.nslCode());
            List<TrackingEvent> events = event == null ? List.of() : List.of(event);
            results.add(new TrackingResult(awb, DelhiveryStatusMap.status(status.statusType(), status.status(), shipment.nslCode()), events,
                    DelhiveryScans.estimate(shipment.expectedDeliveryDate(), shipment.promisedDeliveryDate(),
                            CarrierTimes.date(shipment.pickUpDate())),
                    new String(CarrierJson.write(push), StandardCharsets.UTF_8)));
        }
        return results;
    }

    private static boolean isList(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '[';
            }
        }
        return false;
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

    private static RuntimeException refused(String code, String message) {
        return DelhiveryErrors.pushRefused(code, message);
    }
}
