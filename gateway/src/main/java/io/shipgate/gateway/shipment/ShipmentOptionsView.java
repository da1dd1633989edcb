package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.SignatureOption;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;

import java.time.LocalDate;

/** Optional services of a shipment or rate request; absent ones take their defaults when the shipment is bought. */
@Schema(description = "Optional services of a shipment. Answers show every option with its default applied.")
public record ShipmentOptionsView(
        @Schema(description = "Cash on delivery: the amount the courier collects from the recipient")
        @Valid MoneyView cod,
        @Schema(description = "The declared value, for the carrier's liability (insurance)")
        @Valid MoneyView declaredValue,
        @Schema(description = "Whose signature the carrier collects on delivery; NONE when absent")
        SignatureOption signature,
        @Schema(description = "Whether this is a return label (from the customer back to the merchant); false when absent")
        Boolean returnShipment,
        @Schema(description = "The label format the merchant prints; PDF when absent")
        LabelFormat labelFormat,
        @Schema(description = "The day the parcel is handed to the carrier (2000-01-01 to 2099-12-31); today when absent")
        @WithinLimits LocalDate shipDate) {
}
