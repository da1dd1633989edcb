package io.shipgate.gateway.serviceability;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A carrier account that can take the parcel, or that nothing excludes. */
@Schema(description = "A carrier account that can take the parcel (SERVICEABLE), or whose serviceability is not known (UNKNOWN).")
public record AvailableCarrierView(
        @Schema(description = "The carrier account", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "delhivery")
        String carrier,
        @Schema(description = "The account's name; absent for a publishable key (the merchant's own label is not for shoppers)",
                example = "Delhivery B2C")
        String accountName,
        @Schema(description = "Whether it is known to serve the lane", requiredMode = Schema.RequiredMode.REQUIRED)
        ServiceabilityStatus serviceability,
        @Schema(description = "Where the answer came from", requiredMode = Schema.RequiredMode.REQUIRED)
        ServiceabilitySource source,
        @Schema(description = "source TABLE: the table's version", example = "3")
        Integer tableVersion,
        @Schema(description = "The services that serve the lane, when the carrier's live check names them; empty: the account's "
                + "services, none singled out", requiredMode = Schema.RequiredMode.REQUIRED)
        List<String> services,
        @Schema(description = "The destination is out of the carrier's delivery area (ODA): served more slowly, often at a surcharge",
                requiredMode = Schema.RequiredMode.REQUIRED)
        boolean oda,
        @Schema(description = "What to know: why the status is UNKNOWN, the carrier's remark; absent for a publishable key", example = "no serviceability table "
                + "uploaded and fedex has no live check")
        String note) {

    /** What a publishable key's caller (a shopper's browser) sees: no account name, no note. */
    AvailableCarrierView forPublishableKey() {
        return new AvailableCarrierView(carrierAccountId, carrier, null, serviceability, source, tableVersion, services, oda, null);
    }
}
