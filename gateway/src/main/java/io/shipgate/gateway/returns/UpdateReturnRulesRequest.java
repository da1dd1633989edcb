package io.shipgate.gateway.returns;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The tenant's return rules, replaced whole. */
@Schema(description = "The tenant's return rules, replaced whole (an absent list is empty; an absent window is no window).")
public record UpdateReturnRulesRequest(
        @Schema(description = "Days after delivery a return may be booked, 0 to 3650; absent: no window", minimum = "0", maximum = "3650",
                example = "30")
        @Min(0) @Max(3650) Integer returnWindowDays,
        @Schema(description = "Reasons a return is refused for, at most 20", example = "[\"NO_LONGER_NEEDED\"]")
        @Size(max = 20) List<@NotNull ReturnReason> nonReturnableReasons,
        @Schema(description = "SKUs that cannot be returned, at most 1000, each 1 to 64 characters", example = "[\"GIFT-CARD-50\"]")
        @Size(max = 1000) List<@NotBlank @Size(max = 64) String> nonReturnableSkus) {
}
