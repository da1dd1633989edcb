package io.shipgate.gateway.warehouse;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Whom the courier asks for at the warehouse. Personal data: never logged. */
@Schema(description = "Whom the courier asks for at the warehouse.")
public record WarehouseContactView(
        @Schema(description = "The person's name", maxLength = 100, example = "Dock Manager", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "A phone number the courier may call (carriers such as UPS require one for pickups)", maxLength = 30,
                example = "+1 212 555 0100", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 30) String phone,
        @Schema(description = "An email address", maxLength = 120, format = "email")
        @Email @Size(max = 120) String email) {

    @Override
    public String toString() {
        return "WarehouseContactView[personal data masked]";
    }
}
