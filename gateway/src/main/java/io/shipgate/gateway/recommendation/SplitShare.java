package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/** One carrier's (or account's) share of the top choices. */
@Schema(description = "The share of top choices for carrier or carrier_account_id (one of them).")
public record SplitShare(
        @Schema(description = "A carrier code", maxLength = 40, example = "delhivery")
        @Size(max = 40) String carrier,
        @Schema(description = "One of the tenant's carrier accounts (instead of carrier)")
        UUID carrierAccountId,
        @Schema(description = "Percent of top choices, 0 to 100 (the split's percents sum to 100)", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "60")
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal percent) {
}
