package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/** A pinned preference: a carrier (or account), optionally one service, scored up, or put first whenever eligible. */
@Schema(description = "A pinned preference for carrier or carrier_account_id (one of them), optionally one service: its options get "
        + "bonus as their preference term, or, with always_first, come first whenever one is eligible.")
public record PreferenceRule(
        @Schema(description = "A carrier code", maxLength = 40, example = "delhivery")
        @Size(max = 40) String carrier,
        @Schema(description = "One of the tenant's carrier accounts (instead of carrier)")
        UUID carrierAccountId,
        @Schema(description = "Only this service of it", maxLength = 60, example = "surface")
        @Size(max = 60) String service,
        @Schema(description = "The preference term's value for its options, 0 to 1 (absent: 1)", example = "1")
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal bonus,
        @Schema(description = "Its best eligible option comes first, whatever the scores (the first such preference wins)")
        Boolean alwaysFirst) {

    BigDecimal bonusOrDefault() {
        return bonus == null ? BigDecimal.ONE : bonus;
    }

    boolean first() {
        return Boolean.TRUE.equals(alwaysFirst);
    }
}
