package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RatesContractTest {

    private static final SimulatedSandbox SANDBOX = new SimulatedSandbox();

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    private static List<RateQuote> rates(RateRequest request) {
        return SANDBOX.carrier.rates(SANDBOX.context(), request).quotes();
    }

    private static RateRequest withParcel(Parcel parcel) {
        RateRequest sample = SampleRequests.rates();
        return new RateRequest(sample.shipper(), sample.recipient(), List.of(parcel), sample.options(), null);
    }

    @Test
    void quotesAreDeterministicCheapestFirstAndFasterCostsMore() {
        List<RateQuote> quotes = rates(SampleRequests.rates());

        assertThat(rates(SampleRequests.rates())).isEqualTo(quotes);
        assertThat(quotes).extracting(RateQuote::serviceLevel)
                .containsExactly(ServiceLevel.ECONOMY, ServiceLevel.STANDARD, ServiceLevel.EXPRESS, ServiceLevel.OVERNIGHT);
        assertThat(quotes).isSortedAccordingTo(Comparator.comparing(q -> q.total().amount()));
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.carrier()).isEqualTo("sandbox");
            assertThat(q.total().currency()).isEqualTo("USD");
            assertThat(q.total().amount()).isEqualByComparingTo(sum(q.charges()));
            assertThat(q.estimatedDelivery()).isAfter(SimulatedSandbox.START.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        });
        assertThat(quotes.get(2).guaranteed()).isTrue();
        assertThat(quotes.getFirst().transitDays()).isGreaterThan(quotes.get(2).transitDays());
    }

    @Test
    void poundsAndInchesPriceLikeTheSameParcelInKilogramsAndCentimetres() {
        Parcel metric = Parcel.of(Weight.of("1.81436948", WeightUnit.KG), Dimensions.of("30.48", "22.86", "15.24", DimensionUnit.CM));

        List<RateQuote> imperial = rates(withParcel(SampleRequests.LB_BOX));

        assertThat(imperial).isEqualTo(rates(withParcel(metric)));
        Parcel heavier = Parcel.of(Weight.of("4", WeightUnit.KG), SampleRequests.LB_BOX.dimensions());
        assertThat(rates(withParcel(heavier)).getFirst().total().amount()).isGreaterThan(imperial.getFirst().total().amount());
    }

    @Test
    void codAndInsuranceAreChargeLinesInTheAccountsCurrency() {
        RateRequest sample = SampleRequests.indiaCod().toRateRequest();
        RateRequest insured = new RateRequest(sample.shipper(), sample.recipient(), sample.parcels(),
                new ShipmentOptions(Money.of("1499", "INR"), Money.of("2000", "INR"), null, null, null, null), null);

        List<RateQuote> quotes = SANDBOX.carrier.rates(SANDBOX.context(Map.of(SandboxSettings.CURRENCY, "INR")), insured).quotes();

        assertThat(quotes).isNotEmpty().allSatisfy(q -> {
            assertThat(q.total().currency()).isEqualTo("INR");
            assertThat(q.charges()).extracting(Charge::name).contains("Base freight", "Fuel surcharge", "COD fee", "Insurance");
            assertThat(q.charges()).filteredOn(c -> c.name().equals("COD fee")).singleElement()
                    .extracting(c -> c.amount().amount()).satisfies(fee -> assertThat(fee).isEqualByComparingTo("29.98"));
            assertThat(q.charges()).filteredOn(c -> c.name().equals("Insurance")).singleElement()
                    .extracting(c -> c.amount().amount()).satisfies(fee -> assertThat(fee).isEqualByComparingTo("20.00"));
        });
        assertThat(rates(SampleRequests.rates()).getFirst().charges()).extracting(Charge::name)
                .containsExactly("Base freight", "Fuel surcharge");
    }

    @Test
    void overnightIsNotOfferedAbroad() {
        assertThat(rates(SampleRequests.international().toRateRequest())).extracting(RateQuote::service)
                .containsExactly("sandbox_economy", "sandbox_standard", "sandbox_express");
    }

    private static BigDecimal sum(List<Charge> charges) {
        return charges.stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
