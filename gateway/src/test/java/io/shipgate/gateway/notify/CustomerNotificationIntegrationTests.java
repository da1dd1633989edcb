package io.shipgate.gateway.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.sandbox.webhook.SandboxWebhookMapper;
import io.shipgate.gateway.branding.BrandingService;
import io.shipgate.gateway.branding.PublicLinks;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customer notifications end to end: a carrier's push moves the shipment (the tracking ingestion), the sender job sends
 * the milestone's email to a real SMTP server in the test JVM ({@link TestMail}), once, in the recipient's language.
 */
@ExtendWith(OutputCaptureExtension.class)
class CustomerNotificationIntegrationTests extends ApiIntegrationTest {

    private static final String SECRET = "whsec-notify";

    @Autowired
    PublicLinks links;
    @Autowired
    BrandingService branding;

    UUID account;

    @BeforeEach
    void aSandboxAccountThatPushesTracking() {
        account = UUID.fromString(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "pushing",
                "credentials", Map.of("api_key", "k", "webhook_secret", SECRET))).json().get("id").asText());
    }

    private JsonNode settings(String... milestones) {
        return settings(List.of(milestones), List.of());
    }

    private JsonNode settings(List<String> milestones, List<String> smsMilestones) {
        Api.Response answer = api.send("PUT", "/v1/notification-settings", merchant.key(),
                Map.of("milestones", milestones, "sms_milestones", smsMilestones));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** A shipment bought for a recipient in {@code country} (a domestic one: no customs), with this email (null: none). */
    private JsonNode shipment(String country, String email) {
        ObjectNode request = example("shipment-request.json");
        if ("JP".equals(country)) {
            request.set("shipper", Api.json().valueToTree(Map.of("name", "Ada Shipper", "company", "Acme Japan", "phone", "+81 3 1234 5678",
                    "street1", "1-1 Marunouchi", "city", "Chiyoda-ku", "state", "Tokyo", "postal_code", "100-0005", "country", "JP")));
            ObjectNode recipient = Api.json().valueToTree(Map.of("name", "Hanako Yamada", "phone", "+81 6 1234 5678",
                    "street1", "2-2 Umeda", "city", "Osaka", "state", "Osaka", "postal_code", "530-0001", "country", "JP"));
            request.set("recipient", recipient);
        }
        ObjectNode recipient = (ObjectNode) request.get("recipient");
        if (email == null) {
            recipient.remove("email");
        } else {
            recipient.put("email", email);
        }
        Api.Response answer = api.post("/v1/shipments", merchant.key(), request);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    /** The carrier pushes one scan of the shipment, and the push intake processes it. */
    private void push(String awb, String code) {
        String time = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(9)).toString();
        String body = """
                {"awb": "%s", "status": "%s", "events": [{"code": "%s", "reason_code": null, "description": "%s",
                 "location": {"city": "Osaka", "country": "JP"}, "timestamp": "%s"}]}""".formatted(awb, code, code, code, time);
        String signature = "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
        Api.Response answer = api.send("POST", "/v1/webhooks/carriers/sandbox/" + account, null, body,
                SandboxWebhookMapper.SIGNATURE_HEADER, signature);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        processPushes();
    }

    /** What a node's sender does within a second: every due message. */
    private void sendNotifications() {
        routes.sendBody(NotificationSender.ENDPOINT, null);
    }

    private Map<String, Object> row(String shipmentId) {
        return jdbc.sql("SELECT state, attempts, milestone, language, last_error FROM customer_notifications WHERE subject_id = ?")
                .param(UUID.fromString(shipmentId)).query().singleRow();
    }

    private long rows(String shipmentId) {
        return jdbc.sql("SELECT count(*) FROM customer_notifications WHERE subject_id = ?").param(UUID.fromString(shipmentId))
                .query(Long.class).single();
    }

    private static String email() {
        return "customer-" + UUID.randomUUID() + "@example.jp";
    }

    @Test
    void aJapaneseRecipientGetsOneEmailInJapaneseWithTheTrackingLinkWhenTheParcelIsDelivered(CapturedOutput output) throws Exception {
        assertThat(settings("DELIVERED").get("milestones")).extracting(JsonNode::asText).containsExactly("DELIVERED");
        String to = email();
        JsonNode shipment = shipment("JP", to);
        String awb = shipment.get("awb").asText();

        push(awb, "DLV");
        sendNotifications();
        push(awb, "DLV"); // the carrier says it again
        sendNotifications();

        List<MimeMessage> received = TestMail.receivedFor(to);
        assertThat(received).hasSize(1);
        MimeMessage message = received.getFirst();
        assertThat(message.getSubject()).endsWith("お荷物をお届けしました");
        assertThat(message.getHeader("Content-Language")).containsExactly("ja");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getFrom()[0].toString()).contains("notifications@shipgate.test");
        String link = links.tracking(branding.get(merchant.tenant().id()).slug(), awb);
        String text = part(message, "text/plain");
        String html = part(message, "text/html");
        assertThat(text).contains("お荷物の配達が完了しました", "Hanako Yamada 様", "追跡番号: " + awb, link).doesNotContain("??");
        assertThat(html).contains("<html lang=\"ja\"", "お荷物をお届けしました", "href=\"" + link + "\"").doesNotContain("??");
        assertThat(row(shipment.get("id").asText())).containsEntry("state", "sent").containsEntry("language", "ja")
                .containsEntry("attempts", 1);
        assertThat(output.getAll()).as("logs name ids, never the recipient").contains("notificationSender")
                .doesNotContain(to, "Hanako", "Yamada");
    }

    @Test
    void anSmtpOutageDelaysTheMessageWhichIsThenSentOnce(CapturedOutput output) throws Exception {
        settings("OUT_FOR_DELIVERY", "DELIVERED");
        String to = email();
        JsonNode shipment = shipment("US", to);
        String id = shipment.get("id").asText();
        push(shipment.get("awb").asText(), "OFD");

        TestMail.stop();
        try {
            sendNotifications();
            assertThat(row(id)).containsEntry("state", "pending").containsEntry("attempts", 1);
            assertThat((String) row(id).get("last_error")).startsWith("SMTP: ").doesNotContain("@");
        } finally {
            TestMail.restart();
        }
        sendNotifications();
        assertThat(TestMail.receivedFor(to)).as("not due yet: the retry waits").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        sendNotifications();
        sendNotifications();

        List<MimeMessage> received = TestMail.receivedFor(to);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).endsWith("your parcel is out for delivery");
        assertThat(part(received.getFirst(), "text/plain")).contains("Hello Grace,", "should reach you today");
        assertThat(row(id)).containsEntry("state", "sent").containsEntry("attempts", 2).containsEntry("language", "en");
        assertThat(output.getAll()).contains("attempt 1 of 8 failed").doesNotContain(to, "Grace");
    }

    @Test
    void aMilestoneTheTenantSwitchedOffSendsNothing() {
        settings("SHIPPED", "OUT_FOR_DELIVERY");
        String to = email();
        JsonNode shipment = shipment("US", to);

        push(shipment.get("awb").asText(), "DLV");
        sendNotifications();

        assertThat(rows(shipment.get("id").asText())).isZero();
        assertThat(TestMail.receivedFor(to)).isEmpty();
    }

    @Test
    void aRecipientWithoutAnEmailAddressGetsNothingAndIsCounted() {
        settings("DELIVERED");
        JsonNode shipment = shipment("US", null);
        double before = meters.counter(NotificationSender.COUNTER, "channel", "email", "milestone", "delivered", "outcome", "no_email").count();

        push(shipment.get("awb").asText(), "DLV");
        sendNotifications();

        assertThat(row(shipment.get("id").asText())).containsEntry("state", "skipped").containsEntry("last_error", "no_email");
        assertThat(meters.counter(NotificationSender.COUNTER, "channel", "email", "milestone", "delivered", "outcome", "no_email").count())
                .isEqualTo(before + 1);
    }

    @Test
    void aMessageWhoseNodeStoppedMidSendIsNotSentAgain() {
        settings("DELIVERED");
        String to = email();
        JsonNode shipment = shipment("US", to);
        String id = shipment.get("id").asText();
        push(shipment.get("awb").asText(), "DLV");
        // a node claimed it, then died before recording the outcome; its hold has ended
        jdbc.sql("UPDATE customer_notifications SET state = 'sending', attempts = 1, next_attempt_at = ? WHERE subject_id = ?")
                .params(java.sql.Timestamp.from(clock.instant().minusSeconds(1)), UUID.fromString(id)).update();

        sendNotifications();
        sendNotifications();

        assertThat(TestMail.receivedFor(to)).isEmpty();
        assertThat(row(id)).containsEntry("state", "unknown").containsEntry("attempts", 1);
    }

    @Test
    void theCustomerHearsWhenTheirReturnArrivesBack() throws Exception {
        settings("RETURN_RECEIVED");
        String to = email();
        String shipmentId = shipment("US", to).get("id").asText();
        clock.advance(Duration.ofMinutes(5)); // the sandbox delivers it
        assertThat(api.get("/v1/shipments/" + shipmentId + "/tracking", merchant.key()).json().get("status").asText()).isEqualTo("DELIVERED");
        ObjectNode request = example("return-request.json");
        request.put("shipment_id", shipmentId);
        Api.Response booked = api.post("/v1/returns", merchant.key(), request);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String trackingUrl = booked.json().get("tracking_url").asText();

        clock.advance(Duration.ofSeconds(150)); // picked up
        api.get(trackingUrl, merchant.key());
        sendNotifications();
        assertThat(TestMail.receivedFor(to)).as("nothing before it arrives").isEmpty();
        clock.advance(Duration.ofMinutes(4)); // received at the warehouse
        api.get(trackingUrl, merchant.key());
        assertThat(api.get("/v1/returns/" + booked.json().get("id").asText(), merchant.key()).json().get("status").asText())
                .isEqualTo("RETURN_DELIVERED");
        sendNotifications();

        List<MimeMessage> received = TestMail.receivedFor(to);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).endsWith("we received your return");
        assertThat(part(received.getFirst(), "text/plain")).contains("Tracking number: " + booked.json().get("awb").asText())
                .doesNotContain("/t/");
    }

    @Test
    void aTenantThatChoseSmsTextsTheRecipientInTheirLanguageRetryingAProviderFailure() {
        settings(List.of(), List.of("OUT_FOR_DELIVERY"));
        String to = email();
        JsonNode shipment = shipment("JP", to);
        String awb = shipment.get("awb").asText();
        var unavailable = CarrierMocks.server().stubFor(post(urlEqualTo(TestMail.SMS_PATH)).willReturn(aResponse().withStatus(503)));
        var available = post(urlEqualTo(TestMail.SMS_PATH)).willReturn(aResponse().withStatus(202)).build();
        try {
            push(awb, "OFD");
            sendNotifications();
            assertThat(jdbc.sql("SELECT state FROM customer_notifications WHERE subject_id = ? AND channel = 'sms'")
                    .param(UUID.fromString(shipment.get("id").asText())).query(String.class).single()).isEqualTo("pending");
            CarrierMocks.server().removeStub(unavailable);
            CarrierMocks.server().addStubMapping(available);
            clock.advance(Duration.ofSeconds(1));
            sendNotifications();
            sendNotifications();
        } finally {
            CarrierMocks.server().getStubMappings().stream()
                    .filter(m -> m.getId().equals(unavailable.getId()) || m.getId().equals(available.getId()))
                    .forEach(CarrierMocks.server()::removeStubMapping);
        }

        List<JsonNode> texts = CarrierMocks.server().findAll(postRequestedFor(urlEqualTo(TestMail.SMS_PATH))).stream()
                .map(r -> json(r.getBodyAsString()))
                .filter(body -> body.get("tenant_id").asText().equals(merchant.tenant().id().toString()))
                .toList();
        assertThat(texts).as("one failed attempt, then the one that went").hasSize(2);
        assertThat(texts.get(1).get("message_id")).isEqualTo(texts.get(0).get("message_id"));
        JsonNode sms = texts.get(1);
        assertThat(sms.get("to").asText()).isEqualTo("+81 6 1234 5678");
        assertThat(sms.get("language").asText()).isEqualTo("ja");
        assertThat(sms.get("milestone").asText()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(sms.get("text").asText()).contains("お荷物は本日お届け予定です", links.tracking(branding.get(merchant.tenant().id()).slug(), awb));
        assertThat(TestMail.receivedFor(to)).as("no email milestones chosen").isEmpty();
    }

    @Test
    void settledMessagesAreDeletedAfterTheRetentionAndTheOthersKept() {
        settings("DELIVERED");
        JsonNode sent = shipment("US", email());
        JsonNode waiting = shipment("US", email());
        push(sent.get("awb").asText(), "DLV");
        sendNotifications();
        push(waiting.get("awb").asText(), "DLV");
        java.sql.Timestamp longAgo = java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(181)));
        jdbc.sql("UPDATE customer_notifications SET created_at = ? WHERE subject_id IN (?, ?)")
                .params(longAgo, UUID.fromString(sent.get("id").asText()), UUID.fromString(waiting.get("id").asText())).update();

        routes.sendBody(NotificationPurge.ENDPOINT, null);

        assertThat(rows(sent.get("id").asText())).isZero();
        assertThat(row(waiting.get("id").asText())).containsEntry("state", "pending");
        sendNotifications(); // the old pending one still goes, and is not left for other tests
    }

    @Test
    void settingsAreTheTenantsOwnAndAMistakeNamesTheField() {
        assertThat(api.get("/v1/notification-settings", merchant.key()).json().get("milestones")).isEmpty();
        JsonNode set = settings("DELIVERY_FAILED", "SHIPPED");
        assertThat(set.get("milestones")).extracting(JsonNode::asText).containsExactly("SHIPPED", "DELIVERY_FAILED");
        assertThat(set.get("email_enabled").asBoolean()).isTrue();
        assertThat(set.get("sms_milestones")).isEmpty();
        assertThat(set.get("sms_enabled").asBoolean()).isTrue();
        assertThat(set.has("updated_at")).isTrue();

        Api.Response wrong = api.send("PUT", "/v1/notification-settings", merchant.key(), Map.of("milestones", List.of("SHIPPED", "TELEPORTED")));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(wrong.toString()).contains("milestones");

        JsonNode other = api.get("/v1/notification-settings", tenants.create().key()).json();
        assertThat(other.get("milestones")).isEmpty();
        assertThat(other.has("updated_at")).isFalse();
    }

    private static JsonNode json(String body) {
        try {
            return Api.json().readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The decoded text of the message's first part of this type (multipart/alternative inside multipart/related). */
    static String part(Part part, String type) throws Exception {
        List<String> found = new ArrayList<>();
        collect(part, type, found);
        assertThat(found).as("a " + type + " part").isNotEmpty();
        return found.getFirst();
    }

    private static void collect(Part part, String type, List<String> found) throws Exception {
        if (part.isMimeType(type)) {
            found.add((String) part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, type, found);
            }
        }
    }
}
