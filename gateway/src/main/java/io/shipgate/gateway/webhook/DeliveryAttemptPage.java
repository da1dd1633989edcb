package io.shipgate.gateway.webhook;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "One page of an endpoint's delivery attempts, newest first.")
public record DeliveryAttemptPage(
        @Schema(description = "The attempts of this page", requiredMode = Schema.RequiredMode.REQUIRED)
        List<DeliveryAttemptView> data,
        @Schema(description = "Pass it as cursor for the next page; absent on the last page")
        String nextCursor) {
}
