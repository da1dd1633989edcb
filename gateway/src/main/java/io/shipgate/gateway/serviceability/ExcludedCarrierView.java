package io.shipgate.gateway.serviceability;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** A carrier account that cannot take the parcel, and why. */
@Schema(description = "A carrier account that cannot take the parcel, with the first reason found.")
public record ExcludedCarrierView(
        @Schema(description = "The carrier account", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "delhivery")
        String carrier,
        @Schema(description = "The account's name; absent for a publishable key (the merchant's own label is not for shoppers)",
                example = "Delhivery B2C")
        String accountName,
        @Schema(description = "Why", requiredMode = Schema.RequiredMode.REQUIRED)
        ExclusionReason reason,
        @Schema(description = "NOT_SERVICEABLE and EMBARGO: which end")
        ServiceEnd end,
        @Schema(description = "Where the answer came from", requiredMode = Schema.RequiredMode.REQUIRED)
        ServiceabilitySource source,
        @Schema(description = "source TABLE: the table's version", example = "3")
        Integer tableVersion,
        @Schema(description = "The reason for a human", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "COD above INR 1000.00 is not collected at IN 400001")
        String detail) {

    /** What a publishable key's caller (a shopper's browser) sees: no account name. */
    public ExcludedCarrierView forPublishableKey() {
        return new ExcludedCarrierView(carrierAccountId, carrier, null, reason, end, source, tableVersion, detail);
    }
}
