package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/** A tenant's own rate limit per API key, as the admin API reads and shows it. */
@Schema(description = "A tenant's own rate limit per API key; an absent member takes the gateway's default (shipgate.rate-limit.*).")
public record RateLimitView(
        @Schema(description = "The sustained rate: requests per second, refilled continuously", minimum = "1", maximum = "1000000", example = "50")
        @Positive @Max(1_000_000) Integer requestsPerSecond,
        @Schema(description = "How many requests may come at once (the bucket's capacity); twice the rate when absent",
                minimum = "1", maximum = "1000000", example = "100")
        @Positive @Max(1_000_000) Integer burst) {
}
