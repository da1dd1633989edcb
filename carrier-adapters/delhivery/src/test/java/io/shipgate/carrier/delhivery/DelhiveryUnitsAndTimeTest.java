package io.shipgate.carrier.delhivery;

import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static io.shipgate.carrier.delhivery.DelhiveryFixtures.failure;
import static org.assertj.core.api.Assertions.assertThat;

/** Delhivery's edge: grams, centimetres, rupees, ten-digit phones, six-digit pincodes, IST. */
class DelhiveryUnitsAndTimeTest {

    @Test
    void weightsAreWholeGrams() {
        assertThat(DelhiveryUnits.grams(Weight.of("1.5", WeightUnit.KG))).isEqualTo(1500);
        assertThat(DelhiveryUnits.grams(Weight.of("4", WeightUnit.LB))).isEqualTo(1814);
        assertThat(DelhiveryUnits.grams(Weight.of("10", WeightUnit.OZ))).isEqualTo(283);
        assertThat(DelhiveryUnits.grams(Weight.of("0.2", WeightUnit.G))).as("never zero").isEqualTo(1);
    }

    @Test
    void lengthsAreCentimetresWrittenPlainly() {
        Dimensions cm = DelhiveryUnits.centimetres(Dimensions.of("12", "9", "6", DimensionUnit.IN));
        assertThat(cm.unit()).isEqualTo(DimensionUnit.CM);
        assertThat(cm.length().toPlainString()).isEqualTo("30.48");
        assertThat(DelhiveryUnits.centimetres(Dimensions.of("1000", "250", "100", DimensionUnit.MM)).length().toString())
                .as("100, not 1E+2").isEqualTo("100");
        assertThat(DelhiveryUnits.centimetres(null)).isNull();
    }

    @Test
    void theChargeableWeightIsTheGreaterOfDeadAndVolumetric() {
        assertThat(DelhiveryUnits.chargeableGrams(SampleRequests.SMALL_BOX)).as("1500 g dead > 1200 g volumetric").isEqualTo(1500);
        assertThat(DelhiveryUnits.chargeableGrams(Parcel.of(Weight.of("1", WeightUnit.KG), Dimensions.of("40", "30", "20", DimensionUnit.CM))))
                .isEqualTo(4800);
        assertThat(DelhiveryUnits.chargeableGrams(Parcel.of(Weight.of("700", WeightUnit.G), null))).isEqualTo(700);
    }

    @Test
    void moneyIsRupeesOnly() {
        assertThat(DelhiveryUnits.rupees(Money.of("1499.00", "INR"), "options.cod").toString()).isEqualTo("1499");
        assertThat(DelhiveryUnits.rupees(Money.of("1500", "INR"), "options.cod").toString()).as("1500, not 1.5E+3").isEqualTo("1500");
        assertThat(DelhiveryUnits.rupees(Money.of("99.999", "INR"), "options.cod").toString()).isEqualTo("100");
        var dollars = failure(() -> DelhiveryUnits.rupees(Money.of("18", "USD"), "options.cod"));
        assertThat(dollars.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(dollars.field()).isEqualTo("options.cod.currency");
        assertThat(DelhiveryUnits.inr(new java.math.BigDecimal("95.1"))).isEqualTo(Money.of("95.10", "INR"));
    }

    @Test
    void phonesAreTenDigitsAndPincodesSix() {
        assertThat(DelhiveryParties.phone("+91 98765 43210", "recipient.phone")).isEqualTo("9876543210");
        assertThat(DelhiveryParties.phone("09876543210", "recipient.phone")).isEqualTo("9876543210");
        assertThat(DelhiveryParties.phone("98765-43210", "recipient.phone")).isEqualTo("9876543210");
        assertThat(failure(() -> DelhiveryParties.phone("+1 212 555 0100", "shipper.phone")).field()).isEqualTo("shipper.phone");
        assertThat(DelhiveryParties.pincode(io.shipgate.carrier.model.Address.location("560 001", "IN"), "recipient")).isEqualTo("560001");
        assertThat(failure(() -> DelhiveryParties.pincode(io.shipgate.carrier.model.Address.location("056001", "IN"), "recipient")).field())
                .isEqualTo("recipient.postalCode");
    }

    @Test
    void delhiveryTimesAreIndianStandardTime() {
        assertThat(DelhiveryScans.at("2024-09-20T15:17:44.002")).isEqualTo(OffsetDateTime.parse("2024-09-20T15:17:44.002+05:30"));
        assertThat(DelhiveryScans.at("2024-09-21T18:20:25.57")).isEqualTo(OffsetDateTime.parse("2024-09-21T18:20:25.570+05:30"));
        assertThat(DelhiveryScans.at("2024-09-21T18:10:52")).isEqualTo(OffsetDateTime.parse("2024-09-21T18:10:52+05:30"));
        assertThat(DelhiveryScans.at("2019-01-09 17:10:42")).isEqualTo(OffsetDateTime.parse("2019-01-09T17:10:42+05:30"));
        assertThat(DelhiveryScans.at("2024-09-20T09:47:44Z")).as("an explicit offset is kept").isEqualTo(OffsetDateTime.parse("2024-09-20T09:47:44Z"));
        assertThat(DelhiveryScans.at("2024-09-20T15:17:44.002").toInstant()).isEqualTo(Instant.parse("2024-09-20T09:47:44.002Z"));
        assertThat(DelhiveryScans.at("not a time")).isNull();
        assertThat(DelhiveryScans.at(null)).isNull();
    }

    @Test
    void aScanWithoutOffsetOrFacilityIsKeptAtIndianTime() {
        var withFacility = DelhiveryScans.event("UD", "In Transit", "X-DLL2F", "Bagged", "Bengaluru_MGRoad_D (Karnataka)",
                "2026-11-25 02:40:15.5");
        var withoutFacility = DelhiveryScans.event("UD", "In Transit", "X-DLL2F", "Bagged", null, "2026-11-25T02:40:15.5");
        for (var event : java.util.List.of(withFacility, withoutFacility)) {
            assertThat(event).isNotNull();
            assertThat(event.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T02:40:15.5+05:30"));
            assertThat(event.offsetKnown()).as("India has one zone").isTrue();
        }
        assertThat(withoutFacility.location()).isNull();
    }

    @Test
    void todayIsTodayInIndia() {
        Clock lateUtcEvening = Clock.fixed(Instant.parse("2026-11-24T19:00:00Z"), ZoneOffset.UTC);
        assertThat(DelhiveryUnits.today(lateUtcEvening)).as("00:30 on the 25th in India").isEqualTo(LocalDate.of(2026, 11, 25));
    }
}
