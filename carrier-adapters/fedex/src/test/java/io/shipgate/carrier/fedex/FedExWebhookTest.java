package io.shipgate.carrier.fedex;

import io.shipgate.carrier.fedex.webhook.FedExWebhookMapper;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.TrackingPushes;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.shipgate.carrier.fedex.FedExTestSupport.CLOCK;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Advanced Integrated Visibility pushes: the Track API's shape, signed with {@code fdx-signature}
 * (base64 HMAC-SHA256 of the body under the webhook project's security token). No HTTP call is made.
 */
class FedExWebhookTest {

    private static final String SECURITY_TOKEN = "aiv-security-token-2f9c";

    private final FedExCarrier fedex = new FedExCarrier();
    private final CarrierContext ctx = context("http://127.0.0.1:9", Map.of(),
            Map.of(FedExSettings.WEBHOOK_SECURITY_TOKEN, SECURITY_TOKEN), CLOCK);

    @Test
    void aSignedPushIsEveryTrackResultWithTrackingInIt() {
        byte[] body = fixture("tracking/tracking_response_history.json").getBytes(StandardCharsets.UTF_8);

        List<TrackingResult> results = fedex.parseWebhook(ctx, push(body, sign(SECURITY_TOKEN, body)));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.awb()).isEqualTo("794791341818");
            assertThat(result.status()).isEqualTo(TrackingStatus.DELIVERED);
            assertThat(result.events()).hasSize(9);
        });
    }

    @Test
    void resultsThatAreOnlyAnErrorAreLeftOut() {
        byte[] body = fixture("tracking/tracking_response.json").getBytes(StandardCharsets.UTF_8);

        assertThat(fedex.parseWebhook(ctx, push(body, sign(SECURITY_TOKEN, body))))
                .extracting(TrackingResult::awb).containsExactly("123456789012");
    }

    @Test
    void aPushThatIsNotSignedByTheAccountsTokenIsRefused() {
        byte[] body = fixture("tracking/tracking_response.json").getBytes(StandardCharsets.UTF_8);
        byte[] tampered = fixture("tracking/tracking_response.json").replace("PU", "DL").getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> fedex.parseWebhook(ctx, push(tampered, sign(SECURITY_TOKEN, body))), "INVALID_SIGNATURE");
        assertRefused(() -> fedex.parseWebhook(ctx, push(body, sign("another-token", body))), "INVALID_SIGNATURE");
        assertRefused(() -> fedex.parseWebhook(ctx, push(body, "not base64!")), "INVALID_SIGNATURE");
        assertRefused(() -> fedex.parseWebhook(ctx, new InboundWebhook(Map.of(), body)), "MISSING_SIGNATURE");
        assertRefused(() -> fedex.parseWebhook(context("http://127.0.0.1:9"), push(body, sign(SECURITY_TOKEN, body))),
                "NO_WEBHOOK_SECURITY_TOKEN");
    }

    @Test
    void aSignedBodyThatIsNotATrackPushIsTheSendersMistake() {
        byte[] body = "not JSON".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> fedex.parseWebhook(ctx, push(body, sign(SECURITY_TOKEN, body))))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
                    assertThat(e.carrierCode()).isEqualTo(TrackingPushes.MALFORMED);
                });
        assertRefused(() -> fedex.parseWebhook(ctx, new InboundWebhook(Map.of(), body)), "MISSING_SIGNATURE");
    }

    private static InboundWebhook push(byte[] body, String signature) {
        return new InboundWebhook(Map.of("FDX-Signature", List.of(signature), "Content-Type", List.of("application/json")), body);
    }

    private static String sign(String token, byte[] body) {
        return Base64.getEncoder().encodeToString(FedExWebhookMapper.sign(token, body));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
            assertThat(e.carrierCode()).isEqualTo(code);
        });
    }
}
