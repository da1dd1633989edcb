package io.shipgate.gateway.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.sandbox.webhook.SandboxWebhookMapper;
import io.shipgate.gateway.branding.BrandingService;
import io.shipgate.gateway.branding.BrandingUpdate;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.TestTenants;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' tests' merchant: a branded shop with a sandbox account whose pushes the tests send, and its shipments. */
final class PagesFixture {

    static final String SECRET = "whsec-pages-test";

    private final Api api;
    private final TestTenants.TestTenant merchant;
    private final Runnable processPushes;
    private final ObjectNode order;
    final String accountId;
    private final String slug;

    /** @param order a shipment request (docs/examples/shipment-request.json) */
    PagesFixture(Api api, TestTenants.TestTenant merchant, Runnable processPushes, ObjectNode order, BrandingService branding) {
        this.api = api;
        this.merchant = merchant;
        this.processPushes = processPushes;
        this.order = order;
        branding.update(merchant.tenant().id(), new BrandingUpdate("Kirana Fresh", "#0f5132", "#b45309", "care@kiranafresh.example",
                "+91 80 4567 8900", "Orders placed by 6 pm ship the same day.", "en", List.of("en", "hi", "ja", "ko")));
        branding.setLogo(merchant.tenant().id(), logo());
        slug = branding.get(merchant.tenant().id()).slug();
        accountId = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "pages",
                "credentials", Map.of("api_key", "k", "webhook_secret", SECRET))).json().get("id").asText();
    }

    String slug() {
        return slug;
    }

    /** A shipment to Grace Recipient in San Francisco (grace@example.com, phone ending 0199), with this order reference. */
    Shipment ship(String reference) {
        ObjectNode order = this.order.deepCopy();
        order.put("carrier_account_id", accountId).put("reference", reference);
        order.remove("carrier");
        Api.Response created = api.post("/v1/shipments", merchant.key(), order);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode shipment = created.json();
        return new Shipment(shipment.get("id").asText(), shipment.get("awb").asText());
    }

    record Shipment(String id, String awb) {
    }

    static String event(String code, String reason, String description, String city, Instant at) {
        return """
                {"code": "%s", "reason_code": %s, "description": "%s", "location": {"city": "%s", "state": "CA", "country": "US"},
                 "timestamp": "%s"}""".formatted(code, reason == null ? "null" : "\"" + reason + "\"", description, city,
                at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(-8)));
    }

    /** The carrier's push (signed like the sandbox signs it), processed as the intake would. */
    void push(String awb, String status, String... events) {
        String body = """
                {"awb": "%s", "status": "%s", "events": [%s]}""".formatted(awb, status, String.join(",", events));
        String signature = "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
        Api.Response answer = api.send("POST", "/v1/webhooks/carriers/sandbox/" + accountId, null, body,
                SandboxWebhookMapper.SIGNATURE_HEADER, signature);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        processPushes.run();
    }

    static String newReference() {
        return "ORD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A small PNG logo: the shop's name in white on its green. */
    private static byte[] logo() {
        BufferedImage image = new BufferedImage(360, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xffffff));
        g.fillOval(4, 12, 56, 56);
        g.setColor(new Color(0x0f5132));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
        g.drawString("K", 19, 53);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
        g.drawString("Kirana Fresh", 76, 54);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
