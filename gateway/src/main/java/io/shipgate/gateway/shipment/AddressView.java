package io.shipgate.gateway.shipment;

import io.shipgate.gateway.platform.validation.CountryCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A postal address with its contact, in requests and answers. A rate quote needs only country and
 * postal code; buying a label needs name, street and city too ({@link LabelPurchase}). Names, phones,
 * emails and street lines are personal data: never logged ({@link #toString()} masks them).
 */
@Schema(description = "A postal address with its contact. A rate quote needs country and postal code; "
        + "a label purchase needs name, street1 and city too.")
public record AddressView(
        @Schema(description = "The person's name; required to buy a label", maxLength = 100, example = "Ada Shipper",
                requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @NotBlank(groups = LabelPurchase.class) @Size(max = 100) String name,
        @Schema(description = "The company's name", maxLength = 100, example = "Acme Widgets")
        @Size(max = 100) String company,
        @Schema(description = "A phone number the carrier may call", maxLength = 30, example = "+1 212 555 0100")
        @Size(max = 30) String phone,
        @Schema(description = "An email address the carrier may write to", maxLength = 120, format = "email")
        @Email @Size(max = 120) String email,
        @Schema(description = "The first street line; required to buy a label", maxLength = 120, example = "11 Wall St",
                requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @NotBlank(groups = LabelPurchase.class) @Size(max = 120) String street1,
        @Schema(description = "The second street line (apartment, floor, building)", maxLength = 120)
        @Size(max = 120) String street2,
        @Schema(description = "The city; required to buy a label", maxLength = 80, example = "New York",
                requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @NotBlank(groups = LabelPurchase.class) @Size(max = 80) String city,
        @Schema(description = "The state, province or region, as the country's post writes it", maxLength = 60, example = "NY")
        @Size(max = 60) String state,
        @Schema(description = "The postal code (ZIP code, PIN code, postcode)", maxLength = 20, example = "SW1A 1AA")
        @Size(max = 20) String postalCode,
        @Schema(description = "The ISO 3166-1 alpha-2 country code, upper case", requiredMode = Schema.RequiredMode.REQUIRED,
                pattern = "^[A-Z]{2}$", example = "US")
        @NotNull @CountryCode String country,
        @Schema(description = "Whether it is a home rather than a business; carriers charge residential deliveries differently")
        Boolean residential) {

    @Override
    public String toString() {
        return "AddressView[city=" + city + ", state=" + state + ", postalCode=" + postalCode + ", country=" + country
                + ", personal data masked]";
    }
}
