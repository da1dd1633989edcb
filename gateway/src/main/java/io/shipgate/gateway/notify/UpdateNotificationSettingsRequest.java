package io.shipgate.gateway.notify;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The milestones that send, replaced whole. */
@Schema(description = "The milestones that email (or text) the recipient, replaced whole (an empty list sends nothing).")
public record UpdateNotificationSettingsRequest(
        @Schema(description = "Milestones that send an email", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "[\"SHIPPED\", \"DELIVERED\", \"DELIVERY_FAILED\"]")
        @NotNull @Size(max = 5) List<@NotNull Milestone> milestones,
        @Schema(description = "Milestones that send an SMS; absent: none", example = "[\"OUT_FOR_DELIVERY\"]")
        @Size(max = 5) List<@NotNull Milestone> smsMilestones) {
}
