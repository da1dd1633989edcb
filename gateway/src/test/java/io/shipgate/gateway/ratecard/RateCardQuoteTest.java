package io.shipgate.gateway.ratecard;

import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rate card calculator: chargeable weight, zone by the most specific lane, slabs and steps, fees, rounding. */
class RateCardQuoteTest {

    private static final String HEADER = "section,setting,value,zone,origin,destination,from_kg,to_kg,step_kg,price\n";
    private static final String CARD = HEADER + """
            setting,currency,INR,,,,,,,
            setting,country,IN,,,,,,,
            setting,volumetric_divisor,5000,,,,,,,
            zone,,,LOCAL,1100,1100,,,,
            zone,,,METRO,11,40,,,,
            zone,,,MUMBAI_CORE,11,400001-400099,,,,
            zone,,,REST,*,*,,,,
            slab,,,LOCAL,,,0,0.5,,30
            slab,,,LOCAL,,,0.5,1,,45
            slab,,,METRO,,,0,0.5,,40
            slab,,,METRO,,,0.5,2,,70
            additional,,,METRO,,,,,0.5,25
            slab,,,MUMBAI_CORE,,,0,1,,50
            slab,,,REST,,,0,1,,60
            """;

    @Test
    void theSlabHoldingTheWeightPricesIt() {
        assertThat(priced(CARD, "110001", "110045", kg("0.5")).total()).isEqualTo(inr("30.00"));
        assertThat(priced(CARD, "110001", "110045", kg("0.501")).total()).as("over 0.5 is the next slab").isEqualTo(inr("45.00"));
        assertThat(priced(CARD, "110001", "110045", kg("1")).total()).isEqualTo(inr("45.00"));
        assertThat(priced(CARD, "110001", "110045", new Parcel(Weight.of("400", WeightUnit.G), null, null)).total())
                .as("grams are converted").isEqualTo(inr("30.00"));
    }

    @Test
    void beyondTheLastSlabEachStartedStepAddsItsPrice() {
        assertThat(priced(CARD, "110001", "400701", kg("2")).total()).isEqualTo(inr("70.00"));
        assertThat(priced(CARD, "110001", "400701", kg("2.01")).total()).as("one started step").isEqualTo(inr("95.00"));
        assertThat(priced(CARD, "110001", "400701", kg("3")).total()).as("two steps").isEqualTo(inr("120.00"));
        assertThat(priced(CARD, "110001", "400701", kg("3.2")).total()).as("three steps").isEqualTo(inr("145.00"));
        RateCardQuote.Outcome over = RateCardQuote.quote(card(CARD), shipment("110001", "110045", null, false, kg("1.2")));
        assertThat(over).isInstanceOf(RateCardQuote.Unpriced.class);
        assertThat(((RateCardQuote.Unpriced) over).code()).as("LOCAL has no step").isEqualTo("OVER_LAST_SLAB");
    }

    @Test
    void theMostSpecificLaneNamesTheZone() {
        assertThat(priced(CARD, "110001", "110045", kg("1")).zone()).isEqualTo("LOCAL");
        assertThat(priced(CARD, "110001", "400701", kg("1")).zone()).isEqualTo("METRO");
        assertThat(priced(CARD, "110001", "400050", kg("1")).zone()).as("a range counts its codes' length").isEqualTo("MUMBAI_CORE");
        assertThat(priced(CARD, "560001", "400050", kg("1")).zone()).as("origin 56 matches only *").isEqualTo("REST");
        assertThat(priced(CARD, "122001", "110001", kg("1")).zone()).isEqualTo("REST");
    }

    @Test
    void theChargeableWeightIsTheHigherOfActualAndVolumetricPerParcel() {
        Parcel light = new Parcel(Weight.of("0.4", WeightUnit.KG), Dimensions.of("20", "20", "10", DimensionUnit.CM), null);
        // 4000 cm³ / 5000 = 0.8 kg
        RateCardQuote.Priced priced = priced(CARD, "110001", "110045", light);
        assertThat(priced.chargeableKg()).isEqualByComparingTo("0.8");
        assertThat(priced.total()).isEqualTo(inr("45.00"));
        Parcel heavy = new Parcel(Weight.of("0.9", WeightUnit.KG), Dimensions.of("10", "10", "10", DimensionUnit.CM), null);
        assertThat(RateCardQuote.chargeableKg(card(CARD), List.of(light, heavy))).as("summed per parcel").isEqualByComparingTo("1.7");
        String noDivisor = CARD.replace("setting,volumetric_divisor,5000,,,,,,,\n", "");
        assertThat(priced(noDivisor, "110001", "110045", light).chargeableKg()).as("no divisor: actual weight").isEqualByComparingTo("0.4");
    }

    @Test
    void fuelCodAndOdaAreChargedAndEachChargeIsRoundedHalfUp() {
        String card = CARD.replace("setting,country,IN,,,,,,,\n", """
                setting,country,IN,,,,,,,
                setting,fuel_surcharge_percent,12.5,,,,,,,
                setting,cod_fee_percent,1.5,,,,,,,
                setting,cod_fee_minimum,35,,,,,,,
                setting,oda_surcharge,75,,,,,,,
                """);
        // freight 45.00; fuel 12.5% = 5.625 -> 5.63 (half up); COD 1.5% of 3001 = 45.015 -> 45.02; ODA 75
        RateCardQuote.Outcome outcome = RateCardQuote.quote(card(card), shipment("110001", "110045", inr("3001"), true, kg("1")));
        RateCardQuote.Priced priced = (RateCardQuote.Priced) outcome;
        assertThat(priced.charges()).extracting(c -> c.name(), c -> c.amount().amount().toPlainString(), c -> c.type())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Freight (zone LOCAL)", "45.00", ChargeType.BASE),
                        org.assertj.core.groups.Tuple.tuple("Fuel surcharge 12.5%", "5.63", ChargeType.SURCHARGE),
                        org.assertj.core.groups.Tuple.tuple("COD fee", "45.02", ChargeType.SURCHARGE),
                        org.assertj.core.groups.Tuple.tuple("ODA surcharge", "75.00", ChargeType.SURCHARGE));
        assertThat(priced.total()).as("the sum of the rounded charges").isEqualTo(inr("170.65"));

        RateCardQuote.Priced small = (RateCardQuote.Priced) RateCardQuote.quote(card(card), shipment("110001", "110045", inr("500"), false, kg("1")));
        assertThat(small.charges().get(2).amount()).as("1.5% of 500 is 7.50: the minimum 35 applies").isEqualTo(inr("35.00"));
        assertThat(small.charges()).hasSize(3).as("not ODA: no surcharge");
        RateCardQuote.Priced prepaid = (RateCardQuote.Priced) RateCardQuote.quote(card(card), shipment("110001", "110045", null, false, kg("1")));
        assertThat(prepaid.total()).isEqualTo(inr("50.63"));
    }

    @Test
    void aFixedCodFeeAndAZeroDecimalCurrency() {
        String card = HEADER + """
                setting,currency,JPY,,,,,,,
                setting,country,JP,,,,,,,
                setting,fuel_surcharge_percent,7.5,,,,,,,
                setting,cod_fee_fixed,330,,,,,,,
                zone,,,ALL,*,*,,,,
                slab,,,ALL,,,0,2,,1150
                """;
        // fuel 7.5% of 1150 = 86.25 -> 86 yen
        RateCardQuote.Priced priced = (RateCardQuote.Priced) RateCardQuote.quote(card(card),
                new RateCardQuote.Shipment("JP", "1000001", "JP", "5300001", List.of(kg("1")), Money.of("9999", "JPY"), false));
        assertThat(priced.charges()).extracting(c -> c.amount().amount().toPlainString()).containsExactly("1150", "86", "330");
        assertThat(priced.total()).isEqualTo(Money.of("1566", "JPY"));
    }

    @Test
    void whatTheCardCannotPrice() {
        RateCardQuote.Outcome abroad = RateCardQuote.quote(card(CARD),
                new RateCardQuote.Shipment("IN", "110001", "US", "10001", List.of(kg("1")), null, false));
        assertThat(((RateCardQuote.Unpriced) abroad).code()).isEqualTo("OTHER_COUNTRY");
        String noRest = CARD.replace("zone,,,REST,*,*,,,,\n", "zone,,,REST,56,56,,,,\n");
        assertThat(((RateCardQuote.Unpriced) RateCardQuote.quote(card(noRest), shipment("122001", "700001", null, false, kg("1")))).code())
                .isEqualTo("NO_ZONE");
        String withCod = CARD.replace("setting,country,IN,,,,,,,\n", "setting,country,IN,,,,,,,\nsetting,cod_fee_fixed,30,,,,,,,\n");
        assertThat(((RateCardQuote.Unpriced) RateCardQuote.quote(card(withCod), shipment("110001", "110045", Money.of("10", "USD"), false,
                kg("1")))).code()).isEqualTo("COD_CURRENCY");
    }

    private static RateCardQuote.Priced priced(String csv, String origin, String destination, Parcel parcel) {
        RateCardQuote.Outcome outcome = RateCardQuote.quote(card(csv), shipment(origin, destination, null, false, parcel));
        assertThat(outcome).as(outcome.toString()).isInstanceOf(RateCardQuote.Priced.class);
        return (RateCardQuote.Priced) outcome;
    }

    private static RateCardQuote.Shipment shipment(String origin, String destination, Money cod, boolean oda, Parcel parcel) {
        return new RateCardQuote.Shipment("IN", origin, "IN", destination, List.of(parcel), cod, oda);
    }

    static RateCard card(String csv) {
        RateCardFile.Result read = RateCardFile.read(csv.getBytes(StandardCharsets.UTF_8), RateCardFile.Format.CSV, 1000, 100);
        assertThat(read.errors()).isEmpty();
        return read.card();
    }

    private static Parcel kg(String kg) {
        return new Parcel(Weight.of(kg, WeightUnit.KG), null, null);
    }

    private static Money inr(String amount) {
        return new Money(new BigDecimal(amount), "INR");
    }
}
