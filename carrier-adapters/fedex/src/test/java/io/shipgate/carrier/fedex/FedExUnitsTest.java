package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.spi.CarrierJson;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** Conversions at the edge: units, money, phones, FedEx's dates and times, service levels. */
class FedExUnitsTest {

    @Test
    void weightsAreSentInTheOriginsUnitToTheHundredth() {
        assertThat(FedExUnits.Units.of("US")).isEqualTo(new FedExUnits.Units(WeightUnit.LB, DimensionUnit.IN));
        assertThat(FedExUnits.Units.of("PR")).isEqualTo(new FedExUnits.Units(WeightUnit.LB, DimensionUnit.IN));
        assertThat(FedExUnits.Units.of("CA")).isEqualTo(new FedExUnits.Units(WeightUnit.KG, DimensionUnit.CM));
        JsonNode pounds = tree(FedExUnits.weight(Weight.of("1.5", WeightUnit.KG), WeightUnit.LB));
        assertThat(pounds.get("units").asText()).isEqualTo("LB");
        assertThat(pounds.get("value").decimalValue()).isEqualByComparingTo("3.31");
        assertThat(FedExUnits.weightValue(Weight.of("4", WeightUnit.LB), WeightUnit.KG)).isEqualByComparingTo("1.81");
        assertThat(FedExUnits.weightValue(Weight.grams(200), WeightUnit.KG).toPlainString()).isEqualTo("0.2");
        assertThat(FedExUnits.weightValue(Weight.grams(1), WeightUnit.LB)).as("never zero").isEqualByComparingTo("0.01");
    }

    @Test
    void dimensionsAreWholeUnitsRoundedUp() {
        JsonNode inches = tree(FedExUnits.dimensions(Dimensions.of("30", "20", "10", DimensionUnit.CM), DimensionUnit.IN));
        assertThat(inches.toString()).isEqualTo("{\"length\":12,\"width\":8,\"height\":4,\"units\":\"IN\"}");
        JsonNode centimetres = tree(FedExUnits.dimensions(Dimensions.of("12", "9", "6", DimensionUnit.IN), DimensionUnit.CM));
        assertThat(centimetres.toString()).isEqualTo("{\"length\":31,\"width\":23,\"height\":16,\"units\":\"CM\"}");
        assertThat(FedExUnits.dimensions(Dimensions.of("0.2", "10", "10", DimensionUnit.CM), DimensionUnit.CM).length())
                .isEqualTo(1);
    }

    @Test
    void amountsArePlainDecimalsSplitInCentsOverPackages() {
        assertThat(new String(CarrierJson.write(FedExUnits.money(Money.of("50.00", "EUR"))))).isEqualTo("{\"amount\":50,\"currency\":\"EUR\"}");
        assertThat(FedExUnits.split(Money.of("100.01", "USD"), 3)).containsExactly(Money.of("33.35", "USD"), Money.of("33.33", "USD"),
                Money.of("33.33", "USD"));
    }

    @Test
    void phonesAreDigitsWithoutTheNorthAmericanCountryCode() {
        assertThat(FedExParties.phone("+1 (212) 555-0100", "US")).isEqualTo("2125550100");
        assertThat(FedExParties.phone("+49 30 1234567", "DE")).isEqualTo("49301234567");
        assertThat(FedExParties.phone("n/a", "US")).isNull();
    }

    private static JsonNode tree(Object wire) {
        return CarrierJson.mapper().valueToTree(wire);
    }

    @Test
    void servicesHaveALevelAndALevelHasAService() {
        assertThat(FedExServices.level("FEDEX_GROUND")).isEqualTo(ServiceLevel.STANDARD);
        assertThat(FedExServices.level("FEDEX_1_DAY_FREIGHT")).isNull();
        assertThat(FedExServices.levels().values().stream().flatMap(java.util.Collection::stream)).doesNotHaveDuplicates();
        for (ServiceLevel level : ServiceLevel.values()) {
            assertThat(FedExServices.level(FedExServices.serviceFor(level, false, false))).as(level + " domestic").isNotNull();
            assertThat(FedExServices.level(FedExServices.serviceFor(level, true, false))).as(level + " international").isNotNull();
        }
        assertThat(FedExServices.serviceFor(ServiceLevel.STANDARD, false, true)).isEqualTo("GROUND_HOME_DELIVERY");
    }
}
