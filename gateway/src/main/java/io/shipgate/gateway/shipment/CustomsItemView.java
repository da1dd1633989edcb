package io.shipgate.gateway.shipment;

import io.shipgate.gateway.platform.validation.CountryCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** One line of a customs declaration. */
@Schema(description = "One line of a customs declaration.")
public record CustomsItemView(
        @Schema(description = "What the goods are, as customs reads it", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED,
                example = "Cotton T-shirt")
        @NotBlank @Size(max = 200) String description,
        @Schema(description = "How many units", minimum = "1", maximum = "100000", requiredMode = Schema.RequiredMode.REQUIRED, example = "3")
        @NotNull @Positive @Max(Limits.MAX_QUANTITY) Integer quantity,
        @Schema(description = "The value of one unit; every item of a declaration is in the first item's currency",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid MoneyView unitValue,
        @Schema(description = "The net weight of one unit", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid WeightView unitWeight,
        @Schema(description = "The Harmonized System code, 6 to 10 digits (dots allowed), e.g. 6109.10", pattern = "^\\d{4}(\\.?\\d{2}){1,3}$")
        @Pattern(regexp = "\\d{4}(\\.?\\d{2}){1,3}", message = "must be a Harmonized System code of 6 to 10 digits") String hsCode,
        @Schema(description = "The ISO 3166-1 alpha-2 code of the country the goods were made in", pattern = "^[A-Z]{2}$",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "US")
        @NotNull @CountryCode String originCountry,
        @Schema(description = "The merchant's stock keeping unit", maxLength = 60, example = "TS-RED-M")
        @Size(max = 60) String sku) {
}
