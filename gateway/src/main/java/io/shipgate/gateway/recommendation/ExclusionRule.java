package io.shipgate.gateway.recommendation;

import io.shipgate.gateway.platform.validation.CountryCode;
import io.shipgate.gateway.shipment.MoneyView;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A hard filter: the options of a carrier (or of one account, or of every account when neither is named) that meet all
 * of its conditions are excluded. At least one condition.
 */
@Schema(description = "A hard filter: excludes the options of carrier (or carrier_account_id; every option when neither is given) "
        + "that meet all its conditions (at least one).")
public record ExclusionRule(
        @Schema(description = "The rule's name, shown with RULE_EXCLUDED (else the rule is named by its place: exclusions[2])",
                maxLength = 60, example = "no COD to the north-east")
        @Size(max = 60) String name,
        @Schema(description = "A carrier code: the rule applies to the tenant's accounts of this carrier", maxLength = 40, example = "delhivery")
        @Size(max = 40) String carrier,
        @Schema(description = "One of the tenant's carrier accounts (instead of carrier)")
        UUID carrierAccountId,
        @ArraySchema(arraySchema = @Schema(description = "Destinations in these countries (ISO 3166-1 alpha-2), at most 100"),
                schema = @Schema(example = "IN"))
        @Size(max = 100) List<@NotNull @CountryCode String> destinationCountries,
        @ArraySchema(arraySchema = @Schema(description = "Destination postal codes starting with one of these (compared without spaces and "
                + "hyphens, upper case; with destination_countries, in those countries), at most 200"), schema = @Schema(example = "79"))
        @Size(max = 200) List<@NotNull @Size(min = 1, max = 12) @Pattern(regexp = "^[A-Za-z0-9 -]+$") String> destinationPostalPrefixes,
        @Schema(description = "Orders whose COD amount is above this (in the same currency; prepaid orders never match)")
        @Valid MoneyView codAbove,
        @Schema(description = "Shipments whose total actual weight is above this many kilograms", example = "10")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 5, fraction = 3) BigDecimal weightAboveKg) {

    public ExclusionRule {
        destinationCountries = destinationCountries == null ? List.of() : destinationCountries;
        destinationPostalPrefixes = destinationPostalPrefixes == null ? List.of() : destinationPostalPrefixes;
    }
}
