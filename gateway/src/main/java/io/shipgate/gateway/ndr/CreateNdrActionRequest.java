package io.shipgate.gateway.ndr;

import io.shipgate.gateway.shipment.AddressView;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Schema(description = "An action on an NDR case, sent to the carrier.")
public record CreateNdrActionRequest(
        @Schema(description = "re_attempt, reschedule, change_address, change_phone or return_to_origin",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "re_attempt",
                allowableValues = {"re_attempt", "reschedule", "change_address", "change_phone", "return_to_origin"})
        @NotBlank @Size(max = 30) String action,
        @Schema(description = "For reschedule (required): the day to deliver, within the carrier's window (tomorrow up to "
                + "shipgate.ndr reschedule-days ahead)", example = "2026-12-09")
        LocalDate deferredDate,
        @Schema(description = "For change_address (required): the new address, with street1, city, postal code and country")
        @Valid AddressView newAddress,
        @Schema(description = "For change_phone (required): the recipient's new phone number", maxLength = 30, example = "+91 98450 12345")
        @Size(max = 30) String newPhone,
        @Schema(description = "Instructions for the courier", maxLength = 200, example = "Customer available after 6 pm")
        @Size(max = 200) String remarks) {

    @Override
    public String toString() {
        return "CreateNdrActionRequest[action=" + action + ", deferredDate=" + deferredDate + ", personal data masked]";
    }
}
