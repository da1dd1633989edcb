package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.shipgate.gateway.platform.validation.CurrencyCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/**
 * An amount of money in an ISO 4217 currency, within {@link Limits#MAX_AMOUNT} and the currency's
 * decimals. The amount is a decimal string in answers ({@code "12.50"}), never a float; requests may
 * send a string or, as clients written before it became a string do, a JSON number.
 */
@WithinLimits
@Schema(description = "An amount of money with its currency. The amount is a decimal string (\"12.50\"); requests may send a JSON number too.")
public record MoneyView(
        @Schema(description = "The amount as a decimal string: 0 to 1000000000 with at most the currency's minor-unit decimals "
                + "(2 for USD, 0 for JPY). Requests may send a JSON number instead.",
                type = "string", format = "decimal", pattern = "^[0-9]+(\\.[0-9]+)?$", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "12.50")
        @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull @PositiveOrZero BigDecimal amount,
        @Schema(description = "The ISO 4217 currency code, upper case", pattern = "^[A-Z]{3}$", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "USD")
        @NotNull @CurrencyCode String currency) {
}
