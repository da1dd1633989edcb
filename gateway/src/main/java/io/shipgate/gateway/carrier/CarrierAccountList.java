package io.shipgate.gateway.carrier;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The answer of {@code GET /v1/carrier-accounts}. */
@Schema(description = "The tenant's carrier accounts, disabled ones included.")
public record CarrierAccountList(
        @Schema(description = "The accounts, oldest first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<CarrierAccountView> data) {
}
