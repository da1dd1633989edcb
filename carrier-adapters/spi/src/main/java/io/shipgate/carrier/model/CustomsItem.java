package io.shipgate.carrier.model;

/**
 * One line of a customs declaration.
 *
 * @param unitValue  value of one unit
 * @param unitWeight net weight of one unit
 * @param hsCode     Harmonized System code, 6 to 10 digits (dots allowed)
 */
public record CustomsItem(String description,
                          Integer quantity,
                          Money unitValue,
                          Weight unitWeight,
                          String hsCode,
                          String originCountry,
                          String sku) {

    public Money totalValue() {
        return new Money(unitValue.amount().multiply(java.math.BigDecimal.valueOf(quantity)), unitValue.currency());
    }
}
