package io.shipgate.gateway.address;

import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.gateway.shipment.AddressView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The carrier's verdict on an address. */
@Schema(description = "The carrier's verdict on an address, with its corrections.")
public record AddressValidationView(
        @Schema(description = "VALID: it exists as given (or with cosmetic corrections in the first candidate); "
                + "AMBIGUOUS: several addresses match, pick a candidate; INVALID: no such address", requiredMode = Schema.RequiredMode.REQUIRED)
        AddressValidation.Verdict verdict,
        @Schema(description = "Whether the carrier classifies the address as residential; absent when unknown")
        Boolean residential,
        @Schema(description = "The carrier's corrected or alternative addresses, best first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<AddressView> candidates,
        @Schema(description = "The carrier's remarks", requiredMode = Schema.RequiredMode.REQUIRED)
        List<String> messages) {
}
