package io.shipgate.gateway.notify;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A tenant's customer notification settings. */
@Schema(description = "Which milestones email (or text) the shipment's recipient (docs/pages.md, \"Customer notifications\").")
public record NotificationSettingsView(
        @Schema(description = "The milestones that send an email, in their order", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "[\"SHIPPED\", \"OUT_FOR_DELIVERY\", \"DELIVERED\", \"DELIVERY_FAILED\", \"RETURN_RECEIVED\"]")
        List<Milestone> milestones,
        @Schema(description = "Whether this gateway sends email at all (its operator configured an SMTP server, spring.mail.host); "
                + "false: nothing is sent whatever the milestones", requiredMode = Schema.RequiredMode.REQUIRED, example = "true")
        boolean emailEnabled,
        @Schema(description = "The milestones that send an SMS (to the phone number of the shipment's recipient)",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "[\"OUT_FOR_DELIVERY\", \"DELIVERY_FAILED\"]")
        List<Milestone> smsMilestones,
        @Schema(description = "Whether this gateway sends SMS at all (its operator configured an SMS provider, "
                + "shipgate.notifications.sms.webhook-url); false: no SMS is sent whatever the milestones",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "false")
        boolean smsEnabled,
        @Schema(description = "When the tenant last changed them; absent: never (the gateway's defaults)")
        Instant updatedAt) {
}
