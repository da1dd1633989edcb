package io.shipgate.carrier.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * One line of a customs declaration.
 *
 * @param unitValue  value of one unit
 * @param unitWeight net weight of one unit
 * @param hsCode     Harmonized System code, 6 to 10 digits (dots allowed)
 */
public record CustomsItem(@NotBlank @Size(max = 200) String description,
                          @NotNull @Positive @Max(Limits.MAX_QUANTITY) Integer quantity,
                          @NotNull @Valid Money unitValue,
                          @NotNull @Valid Weight unitWeight,
                          @Pattern(regexp = "\\d{4}(\\.?\\d{2}){1,3}", message = "must be a Harmonized System code of 6 to 10 digits") String hsCode,
                          @NotNull @CountryCode String originCountry,
                          @Size(max = 60) String sku) {

    public Money totalValue() {
        return new Money(unitValue.amount().multiply(java.math.BigDecimal.valueOf(quantity)), unitValue.currency());
    }
}
