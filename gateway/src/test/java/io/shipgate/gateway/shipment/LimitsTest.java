package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.ExportReason;
import io.shipgate.carrier.model.Incoterm;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.carrier.model.WeightUnit;
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

/** The request records' bounds and codes, at their edges, in every unit; as the gateway validates requests. */
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
        assertThat(errors(weight("1000", WeightUnit.KG))).isEmpty();
        assertThat(errors(weight("1000000", WeightUnit.G))).isEmpty();
        assertThat(errors(weight("2204.622", WeightUnit.LB))).isEmpty();
        assertThat(errors(weight("35273.961", WeightUnit.OZ))).isEmpty();
        assertThat(errors(weight("0.001", WeightUnit.G))).isEmpty();
        assertThat(errors(weight("2.500000", WeightUnit.LB))).as("trailing zeros are no decimals").isEmpty();

        assertThat(errors(weight("1000.001", WeightUnit.KG))).containsEntry("value", "must be at most 1000 KG");
        assertThat(errors(weight("2204.623", WeightUnit.LB))).containsEntry("value", "must be at most 2204.622 LB (1000 kg)");
        assertThat(errors(weight("35273.963", WeightUnit.OZ))).containsKey("value");
        assertThat(errors(weight("0.0001", WeightUnit.KG))).containsEntry("value", "must have at most 3 decimals");
        assertThat(errors(weight("0", WeightUnit.KG))).containsKey("value");
    }

    @Test
    void aSideIsAtMostFourMetresInAnyUnitWithTwoDecimals() {
        assertThat(errors(dimensions("400", "400", "400", DimensionUnit.CM))).isEmpty();
        assertThat(errors(dimensions("4000", "1", "0.01", DimensionUnit.MM))).isEmpty();
        assertThat(errors(dimensions("157.48", "12", "6", DimensionUnit.IN))).isEmpty();

        assertThat(errors(dimensions("400.01", "1", "1", DimensionUnit.CM))).containsOnlyKeys("length");
        assertThat(errors(dimensions("1", "157.49", "1e9", DimensionUnit.IN)))
                .containsEntry("width", "must be at most 157.48 IN (400 cm)").containsKey("height");
        assertThat(errors(dimensions("1", "1", "1.001", DimensionUnit.CM))).containsEntry("height", "must have at most 2 decimals");
    }

    @Test
    void moneyIsAtMostABillionWithTheCurrencysDecimals() {
        assertThat(errors(money("1000000000", "USD"))).isEmpty();
        assertThat(errors(money("12.50", "USD"))).isEmpty();
        assertThat(errors(money("1500", "JPY"))).isEmpty();
        assertThat(errors(money("1.125", "KWD"))).isEmpty();
        assertThat(errors(money("0", "EUR"))).isEmpty();

        assertThat(errors(money("1000000000.01", "USD"))).containsEntry("amount", "must be at most 1000000000");
        assertThat(errors(money("12.505", "USD"))).containsEntry("amount", "must have at most 2 decimals in USD");
        assertThat(errors(money("100.5", "JPY"))).containsEntry("amount", "must have at most 0 decimals in JPY");
        assertThat(errors(money("-1", "USD"))).containsKey("amount");
        assertThat(errors(money("1", "XYZ"))).containsOnlyKeys("currency");
        assertThat(errors(money("1", "XAU"))).as("gold is no money").containsOnlyKeys("currency");
        assertThat(errors(money("1", "usd"))).containsOnlyKeys("currency");
    }

    @Test
    void hugeExponentsAreAnsweredAtOnce() {
        long start = System.nanoTime();
        assertThat(errors(new WeightView(new BigDecimal("1e999999999"), WeightUnit.KG))).containsKey("value");
        assertThat(errors(new WeightView(new BigDecimal("1e-999999999"), WeightUnit.KG))).containsEntry("value", "must have at most 3 decimals");
        assertThat(errors(new MoneyView(new BigDecimal("1e999999999"), "USD"))).containsKey("amount");
        assertThat(errors(new MoneyView(new BigDecimal("-1e999999999"), "USD"))).containsKey("amount");
        assertThat(errors(new MoneyView(new BigDecimal("1e-999999999"), "USD"))).containsKey("amount");
        assertThat(errors(new DimensionsView(new BigDecimal("1e-999999999"), BigDecimal.ONE, new BigDecimal("1e999999999"), DimensionUnit.CM)))
                .containsOnlyKeys("length", "height");
        assertThat(System.nanoTime() - start).as("not a slow path").isLessThan(2_000_000_000L);
    }

    @Test
    void countriesAndCurrenciesAreIsoCodes() {
        assertThat(errors(location("US"))).isEmpty();
        assertThat(errors(location("XX"))).containsEntry("country", "must be an ISO 3166-1 alpha-2 country code such as US");
        assertThat(errors(location("us"))).containsOnlyKeys("country");
        CustomsItemView item = new CustomsItemView("T-shirt", 3, money("12.50", "USD"), weight("0.2", WeightUnit.KG), "6109.10", "ZZ", null);
        assertThat(errors(item)).containsOnlyKeys("originCountry");
        assertThat(errors(new TaxIdView(TaxId.Type.VAT, "DE123", TaxId.Party.RECIPIENT, "QQ"))).containsOnlyKeys("issuingCountry");
    }

    @Test
    void customsLinesShareOneCurrencyAndAreBounded() {
        CustomsItemView dollars = new CustomsItemView("T-shirt", 100_000, money("12.50", "USD"), weight("0.2", WeightUnit.KG), null, "US", null);
        CustomsItemView euros = new CustomsItemView("Cap", 100_001, money("5", "EUR"), weight("0.1", WeightUnit.KG), null, "US", null);
        Map<String, String> errors = errors(customs(List.of(dollars, euros), LocalDate.of(2026, 11, 24)));
        assertThat(errors).containsEntry("items[1].unitValue.currency", "must be USD, the currency of the first item")
                .containsKey("items[1].quantity").hasSize(2);
        assertThat(errors(customs(List.of(dollars), LocalDate.of(1999, 12, 31))))
                .containsEntry("invoiceDate", "must be between 2000-01-01 and 2099-12-31");
        assertThat(errors(customs(java.util.Collections.nCopies(Limits.MAX_CUSTOMS_ITEMS + 1, dollars), null))).containsOnlyKeys("items");
        assertThat(errors(customs(java.util.Collections.nCopies(Limits.MAX_CUSTOMS_ITEMS, dollars), null))).isEmpty();
    }

    private static CustomsDeclarationView customs(List<CustomsItemView> items, LocalDate invoiceDate) {
        return new CustomsDeclarationView(ContentType.MERCHANDISE, null, Incoterm.DAP, DutiesPayer.RECIPIENT, null, invoiceDate,
                ExportReason.SALE, items, null, null, null);
    }

    private static WeightView weight(String value, WeightUnit unit) {
        return new WeightView(new BigDecimal(value), unit);
    }

    private static DimensionsView dimensions(String length, String width, String height, DimensionUnit unit) {
        return new DimensionsView(new BigDecimal(length), new BigDecimal(width), new BigDecimal(height), unit);
    }

    private static MoneyView money(String amount, String currency) {
        return new MoneyView(new BigDecimal(amount), currency);
    }

    private static AddressView location(String country) {
        return new AddressView(null, null, null, null, null, null, null, null, "10005", country, null);
    }

    /** Violation messages by property path. */
    private static Map<String, String> errors(Object value) {
        return VALIDATOR.validate(value).stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + "; " + b, TreeMap::new));
    }
}
