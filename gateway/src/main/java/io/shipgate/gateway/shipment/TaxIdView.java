package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.gateway.platform.validation.CountryCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A tax or customs registration number of a party to a cross-border shipment. */
@Schema(description = "A tax or customs registration number of a party to a cross-border shipment.")
public record TaxIdView(
        @Schema(description = "EORI (EU/UK), VAT, GST (India, Australia...), IOSS (EU low-value imports), EIN, PAN or OTHER",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull TaxId.Type type,
        @Schema(description = "The number", maxLength = 40, requiredMode = Schema.RequiredMode.REQUIRED, example = "DE123456789012345")
        @NotBlank @Size(max = 40) String value,
        @Schema(description = "Whose number it is", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull TaxId.Party party,
        @Schema(description = "The ISO 3166-1 alpha-2 code of the country that issued it", pattern = "^[A-Z]{2}$", example = "DE")
        // named explicitly: swagger-core 2.2 misses the naming strategy for a property starting with "is"
        @JsonProperty("issuing_country") @CountryCode String issuingCountry) {
}
