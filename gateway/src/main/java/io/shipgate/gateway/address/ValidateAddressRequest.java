package io.shipgate.gateway.address;

import io.shipgate.gateway.shipment.AddressView;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The body of {@code POST /v1/addresses/validate}. */
@Schema(description = "An address to validate, and the carrier account whose carrier validates it.")
public record ValidateAddressRequest(
        @Schema(description = "The carrier account whose carrier validates; or give carrier")
        UUID carrierAccountId,
        @Schema(description = "A carrier code, when the tenant has one enabled account of that carrier", maxLength = 40, example = "sandbox")
        @Size(max = 40) String carrier,
        @Schema(description = "The address to validate", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid AddressView address) {
}
