package io.shipgate.gateway.rating;

import io.shipgate.carrier.model.CarrierMessage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** Something a carrier said beside its quotes, in words safe to show a merchant. */
@Schema(description = "Something a carrier said beside its quotes: a warning about them, or a service it could not quote and why.")
public record RateWarningView(
        @Schema(description = "The carrier account that said it", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "delhivery")
        String carrier,
        @Schema(description = "INFO, WARNING, or ERROR for a service the carrier refused", requiredMode = Schema.RequiredMode.REQUIRED)
        CarrierMessage.Level level,
        @Schema(description = "The carrier's own code, or Shipgate's (e.g. MIXED_CURRENCIES)", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "NOT_SERVICEABLE")
        String code,
        @Schema(description = "The carrier's reason, in its words", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "Pincode 110001 is not serviceable for Express")
        String message,
        @Schema(description = "The carrier service it is about, when it is about one", example = "E")
        String service) {
}
