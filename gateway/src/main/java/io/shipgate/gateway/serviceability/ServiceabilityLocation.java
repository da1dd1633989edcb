package io.shipgate.gateway.serviceability;

import io.shipgate.gateway.platform.validation.CountryCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where a parcel starts or ends, as serviceability knows places: a country and a postal code. */
@Schema(description = "A place by country and postal code.")
public record ServiceabilityLocation(
        @Schema(description = "ISO 3166-1 alpha-2 country code", requiredMode = Schema.RequiredMode.REQUIRED, example = "IN")
        @NotNull @CountryCode String country,
        @Schema(description = "The postal code (a pincode in India)", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 16,
                example = "560001")
        @NotBlank @Size(max = 16) String postalCode) {
}
