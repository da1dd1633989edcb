package io.shipgate.gateway.shopify;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The body of {@code PUT /v1/integrations/shopify}: the whole integration (absent optional fields take their defaults). */
@Schema(description = "The tenant's Shopify carrier-calculated-shipping integration.")
record ShopifyIntegrationRequest(
        @Schema(description = "The Shopify app's shared secret (it signs each callback): required the first time, absent keeps the "
                + "stored one. Write-only: never shown again", minLength = 16, maxLength = 200, example = "shpss_0123456789abcdef0123456789abcdef",
                accessMode = Schema.AccessMode.WRITE_ONLY)
        @Size(min = 16, max = 200) String secret,
        @Schema(description = "false: the callback answers 404, and Shopify shows the shop's backup rates",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Boolean enabled,
        @ArraySchema(arraySchema = @Schema(description = "The carrier accounts whose rate cards are offered; absent or empty: every "
                + "enabled account"), maxItems = 50)
        @Size(max = 50) List<UUID> carrierAccountIds,
        @ArraySchema(arraySchema = @Schema(description = "The services offered (their codes, e.g. surface); absent or empty: every "
                + "service with a rate card"), maxItems = 50, schema = @Schema(maxLength = 100, example = "surface"))
        @Size(max = 50) List<@Size(max = 100) String> services,
        @Schema(description = "Added to each rate card price, in percent; absent: 0", example = "10", pattern = "\\d{1,4}(\\.\\d{1,3})?")
        @Pattern(regexp = "\\d{1,4}(\\.\\d{1,3})?", message = "must be a decimal such as 10 or 2.5") String markupPercent,
        @Schema(description = "Days from the order to the parcel being ready; absent: 0", minimum = "0", maximum = "30", example = "1")
        @Min(0) @Max(30) Integer handlingDays,
        @Schema(description = "The warehouse's pickup cut-off (HH:mm, in time_zone): an order after it is picked up a business day later",
                pattern = "([01]\\d|2[0-3]):[0-5]\\d", example = "15:00")
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be a time of day such as 15:00") String cutOff,
        @Schema(description = "The warehouse's time zone (IANA); absent: UTC", maxLength = 64, example = "Asia/Kolkata")
        @Size(max = 64) String timeZone) {

    @Override
    public String toString() {
        return "ShopifyIntegrationRequest[enabled=" + enabled + ", secret hidden]";
    }
}
