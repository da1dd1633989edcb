package io.shipgate.gateway.ndr;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** When a policy acts: every condition given must hold (absent ones hold always); stored as given ({@code ndr_policies.conditions}). */
@Schema(description = "When an NDR policy acts: every condition given must hold for the case's latest failed attempt; an absent one always holds.")
public record NdrPolicyConditions(
        @ArraySchema(arraySchema = @Schema(description = "The NDR reasons it acts on (CONSIGNEE_UNAVAILABLE, REFUSED, ADDRESS_ISSUE, "
                + "PREMISES_CLOSED, FUTURE_DELIVERY_REQUESTED, COD_NOT_READY, UNREACHABLE_BY_PHONE, ENTRY_RESTRICTED, OTHER); at most 9"),
                schema = @Schema(description = "An NDR reason", example = "CONSIGNEE_UNAVAILABLE"))
        List<String> reasons,
        @Schema(description = "COD or PREPAID", allowableValues = {"COD", "PREPAID"})
        String paymentMode,
        @Schema(description = "The order's value (declared value, else the COD amount) is at least this; a decimal string",
                type = "string", format = "decimal", example = "500")
        String minOrderValue,
        @Schema(description = "The order's value is at most this; a decimal string", type = "string", format = "decimal", example = "5000")
        String maxOrderValue,
        @Schema(description = "Failed attempts at least this many (1 to 20)", example = "1")
        Integer minAttempts,
        @Schema(description = "Failed attempts at most this many (1 to 20)", example = "1")
        Integer maxAttempts,
        @Schema(description = "Out-for-delivery runs at least this many (1 to 20)")
        Integer minOutForDelivery,
        @Schema(description = "Out-for-delivery runs at most this many (1 to 20)")
        Integer maxOutForDelivery,
        @ArraySchema(arraySchema = @Schema(description = "The carriers (codes) it acts on; at most 20"),
                schema = @Schema(description = "A carrier's code", example = "delhivery"))
        List<String> carriers,
        @ArraySchema(arraySchema = @Schema(description = "The destination countries (ISO 3166-1 alpha-2) it acts on; at most 50"),
                schema = @Schema(description = "A country code", example = "IN"))
        List<String> destinationCountries,
        @ArraySchema(arraySchema = @Schema(description = "The destination postal code prefixes it acts on (a region); at most 100"),
                schema = @Schema(description = "A postal code prefix", example = "560"))
        List<String> destinationPostalPrefixes) {

    static final NdrPolicyConditions ANY = new NdrPolicyConditions(null, null, null, null, null, null, null, null, null, null, null);
}
