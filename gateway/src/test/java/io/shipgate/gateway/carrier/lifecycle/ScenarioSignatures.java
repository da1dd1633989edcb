package io.shipgate.gateway.carrier.lifecycle;

import io.shipgate.gateway.carrier.lifecycle.CarrierScenario.Signature;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/** Signs a scenario's tracking push as the carrier does: an HMAC-SHA256 of the raw body. */
final class ScenarioSignatures {

    private ScenarioSignatures() {
    }

    static String sign(Signature signature, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signature.hmacSha256Key().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] hmac = mac.doFinal(body);
            String encoded = "hex".equals(signature.encoding()) ? HexFormat.of().formatHex(hmac) : Base64.getEncoder().encodeToString(hmac);
            return (signature.prefix() == null ? "" : signature.prefix()) + encoded;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
