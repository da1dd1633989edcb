package io.shipgate.gateway.tracking;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a tracking event happened: a facility's or city's place, not a street address. */
@Schema(description = "Where a tracking event happened (a facility or city, not a street address).")
public record EventLocationView(
        @Schema(description = "The city", example = "Newark")
        String city,
        @Schema(description = "The state or region", example = "NJ")
        String state,
        @Schema(description = "The postal code")
        String postalCode,
        @Schema(description = "The ISO 3166-1 alpha-2 country code", example = "US")
        String country) {
}
