package io.shipgate.carrier.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The model's bounds and codes, at their edges, in every unit; as the gateway validates requests. */
class LimitsTest {

    private static final jakarta.validation.ValidatorFactory FACTORY = jakarta.validation.Validation.byDefaultProvider()
            .configure().messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aWeightIsAtMostOneTonneInAnyUnitWithThreeDecimals() {
        assertThat(errors(Weight.of("1000", WeightUnit.KG))).isEmpty();
        assertThat(errors(Weight.of("1000000", WeightUnit.G))).isEmpty();
        assertThat(errors(Weight.of("2204.622", WeightUnit.LB))).isEmpty();
        assertThat(errors(Weight.of("35273.961", WeightUnit.OZ))).isEmpty();
        assertThat(errors(Weight.of("0.001", WeightUnit.G))).isEmpty();
        assertThat(errors(Weight.of("2.500000", WeightUnit.LB))).as("trailing zeros are no decimals").isEmpty();

        assertThat(errors(Weight.of("1000.001", WeightUnit.KG))).containsEntry("value", "must be at most 1000 KG");
        assertThat(errors(Weight.of("2204.623", WeightUnit.LB))).containsEntry("value", "must be at most 2204.622 LB (1000 kg)");
        assertThat(errors(Weight.of("35273.963", WeightUnit.OZ))).containsKey("value");
        assertThat(errors(Weight.of("0.0001", WeightUnit.KG))).containsEntry("value", "must have at most 3 decimals");
        assertThat(errors(Weight.of("0", WeightUnit.KG))).containsKey("value");
    }

    @Test
    void aSideIsAtMostFourMetresInAnyUnitWithTwoDecimals() {
        assertThat(errors(Dimensions.of("400", "400", "400", DimensionUnit.CM))).isEmpty();
        assertThat(errors(Dimensions.of("4000", "1", "0.01", DimensionUnit.MM))).isEmpty();
        assertThat(errors(Dimensions.of("157.48", "12", "6", DimensionUnit.IN))).isEmpty();

        assertThat(errors(Dimensions.of("400.01", "1", "1", DimensionUnit.CM))).containsOnlyKeys("length");
        assertThat(errors(Dimensions.of("1", "157.49", "1e9", DimensionUnit.IN)))
                .containsEntry("width", "must be at most 157.48 IN (400 cm)").containsKey("height");
        assertThat(errors(Dimensions.of("1", "1", "1.001", DimensionUnit.CM))).containsEntry("height", "must have at most 2 decimals");
    }

    @Test
    void moneyIsAtMostABillionWithTheCurrencysDecimals() {
        assertThat(errors(Money.of("1000000000", "USD"))).isEmpty();
        assertThat(errors(Money.of("12.50", "USD"))).isEmpty();
        assertThat(errors(Money.of("1500", "JPY"))).isEmpty();
        assertThat(errors(Money.of("1.125", "KWD"))).isEmpty();
        assertThat(errors(Money.of("0", "EUR"))).isEmpty();

        assertThat(errors(Money.of("1000000000.01", "USD"))).containsEntry("amount", "must be at most 1000000000");
        assertThat(errors(Money.of("12.505", "USD"))).containsEntry("amount", "must have at most 2 decimals in USD");
        assertThat(errors(Money.of("100.5", "JPY"))).containsEntry("amount", "must have at most 0 decimals in JPY");
        assertThat(errors(Money.of("-1", "USD"))).containsKey("amount");
        assertThat(errors(Money.of("1", "XYZ"))).containsOnlyKeys("currency");
        assertThat(errors(Money.of("1", "XAU"))).as("gold is no money").containsOnlyKeys("currency");
        assertThat(errors(Money.of("1", "usd"))).containsOnlyKeys("currency");
    }

    @Test
    void hugeExponentsAreAnsweredAtOnce() {
        long start = System.nanoTime();
        assertThat(errors(new Weight(new BigDecimal("1e999999999"), WeightUnit.KG))).containsKey("value");
        assertThat(errors(new Weight(new BigDecimal("1e-999999999"), WeightUnit.KG))).containsEntry("value", "must have at most 3 decimals");
        assertThat(errors(new Money(new BigDecimal("1e999999999"), "USD"))).containsKey("amount");
        assertThat(errors(new Money(new BigDecimal("-1e999999999"), "USD"))).containsKey("amount");
        assertThat(errors(new Money(new BigDecimal("1e-999999999"), "USD"))).containsKey("amount");
        assertThat(errors(new Dimensions(new BigDecimal("1e-999999999"), BigDecimal.ONE, new BigDecimal("1e999999999"), DimensionUnit.CM)))
                .containsOnlyKeys("length", "height");
        assertThat(System.nanoTime() - start).as("not a slow path").isLessThan(2_000_000_000L);
    }

    @Test
    void countriesAndCurrenciesAreIsoCodes() {
        assertThat(errors(Address.location("10005", "US"))).isEmpty();
        assertThat(errors(Address.location("10005", "XX"))).containsEntry("country", "must be an ISO 3166-1 alpha-2 country code such as US");
        assertThat(errors(Address.location("10005", "us"))).containsOnlyKeys("country");
        CustomsItem item = new CustomsItem("T-shirt", 3, Money.of("12.50", "USD"), Weight.of("0.2", WeightUnit.KG), "6109.10", "ZZ", null);
        assertThat(errors(item)).containsOnlyKeys("originCountry");
        assertThat(errors(new TaxId(TaxId.Type.VAT, "DE123", TaxId.Party.RECIPIENT, "QQ"))).containsOnlyKeys("issuingCountry");
    }

    @Test
    void customsLinesShareOneCurrencyAndAreBounded() {
        CustomsItem dollars = new CustomsItem("T-shirt", 100_000, Money.of("12.50", "USD"), Weight.of("0.2", WeightUnit.KG), null, "US", null);
        CustomsItem euros = new CustomsItem("Cap", 100_001, Money.of("5", "EUR"), Weight.of("0.1", WeightUnit.KG), null, "US", null);
        Map<String, String> errors = errors(customs(List.of(dollars, euros), LocalDate.of(2026, 11, 24)));
        assertThat(errors).containsEntry("items[1].unitValue.currency", "must be USD, the currency of the first item")
                .containsKey("items[1].quantity").hasSize(2);
        assertThat(errors(customs(List.of(dollars), LocalDate.of(1999, 12, 31))))
                .containsEntry("invoiceDate", "must be between 2000-01-01 and 2099-12-31");
        assertThat(errors(customs(java.util.Collections.nCopies(Limits.MAX_CUSTOMS_ITEMS + 1, dollars), null))).containsOnlyKeys("items");
        assertThat(errors(customs(java.util.Collections.nCopies(Limits.MAX_CUSTOMS_ITEMS, dollars), null))).isEmpty();
    }

    private static CustomsDeclaration customs(List<CustomsItem> items, LocalDate invoiceDate) {
        return new CustomsDeclaration(ContentType.MERCHANDISE, null, Incoterm.DAP, DutiesPayer.RECIPIENT, null, invoiceDate,
                ExportReason.SALE, items, null, null, null);
    }

    /** Violation messages by property path. */
    private static Map<String, String> errors(Object value) {
        return VALIDATOR.validate(value).stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + "; " + b, TreeMap::new));
    }
}
