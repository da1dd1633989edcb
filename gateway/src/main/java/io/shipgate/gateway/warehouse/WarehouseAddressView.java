package io.shipgate.gateway.warehouse;

import io.shipgate.gateway.platform.validation.CountryCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where the courier comes to collect. Street lines are personal data of the merchant: never logged. */
@Schema(description = "The warehouse's postal address, where the courier collects.")
public record WarehouseAddressView(
        @Schema(description = "The company's name at the address", maxLength = 100, example = "Acme Widgets")
        @Size(max = 100) String company,
        @Schema(description = "The first street line", maxLength = 120, example = "11 Wall St", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 120) String street1,
        @Schema(description = "The second street line (building, dock)", maxLength = 120)
        @Size(max = 120) String street2,
        @Schema(description = "The city", maxLength = 80, example = "New York", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 80) String city,
        @Schema(description = "The state, province or region", maxLength = 60, example = "NY")
        @Size(max = 60) String state,
        @Schema(description = "The postal code", maxLength = 20, example = "10005", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 20) String postalCode,
        @Schema(description = "The ISO 3166-1 alpha-2 country code, upper case", requiredMode = Schema.RequiredMode.REQUIRED,
                pattern = "^[A-Z]{2}$", example = "US")
        @NotNull @CountryCode String country) {

    @Override
    public String toString() {
        return "WarehouseAddressView[city=" + city + ", postalCode=" + postalCode + ", country=" + country + ", street masked]";
    }
}
