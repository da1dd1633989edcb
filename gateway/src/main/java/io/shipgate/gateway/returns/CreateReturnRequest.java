package io.shipgate.gateway.returns;

import io.shipgate.gateway.shipment.AddressView;
import io.shipgate.gateway.shipment.ParcelView;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A customer return to book: of a delivered shipment, or standalone with its addresses and parcels. */
@Schema(description = "A customer return (reverse pickup): of a delivered shipment (shipment_id), or standalone (pickup_address, "
        + "return_address and parcels). The carrier comes from carrier_account_id, carrier (its code, when the tenant has one account "
        + "of it), or carrier \"auto\" (the recommendation among the accounts that pick returns up at the pickup postal code).")
public record CreateReturnRequest(
        @Schema(description = "The delivered shipment the items come back from; absent for a standalone return")
        UUID shipmentId,
        @Schema(description = "The carrier's code, or \"auto\"", maxLength = 40, example = "sandbox")
        @Size(max = 40) String carrier,
        @Schema(description = "The carrier account to book on (not with carrier \"auto\")")
        UUID carrierAccountId,
        @Schema(description = "The carrier's service code; its default return service when absent (not with carrier \"auto\")",
                maxLength = 60, example = "sandbox_standard")
        @Size(max = 60) String service,
        @Schema(description = "The merchant's reference of the return (its RMA number)", maxLength = 100, example = "RMA-2001")
        @Size(max = 100) String reference,
        @Schema(description = "Why the customer returns it", requiredMode = Schema.RequiredMode.REQUIRED, example = "WRONG_SIZE")
        @NotNull ReturnReason reason,
        @Schema(description = "What the customer said", maxLength = 1000, example = "Too small, I need a size L")
        @Size(max = 1000) String customerNote,
        @Schema(description = "What the warehouse checks on receipt (quality control)", maxLength = 1000,
                example = "Check the tags are attached and the item is unworn")
        @Size(max = 1000) String qcInstructions,
        @Schema(description = "The items that come back, 1 to 100", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotEmpty @Size(max = 100) @Valid List<ReturnItemView> items,
        @Schema(description = "Where the courier picks the return up (the customer); default: the shipment's recipient")
        @Valid AddressView pickupAddress,
        @Schema(description = "Where the return goes (the warehouse); default: the shipment's shipper")
        @Valid AddressView returnAddress,
        @Schema(description = "The parcels the courier picks up, 1 to 50; default: the shipment's parcels")
        @Size(min = 1, max = 50) @Valid List<ParcelView> parcels) {
}
