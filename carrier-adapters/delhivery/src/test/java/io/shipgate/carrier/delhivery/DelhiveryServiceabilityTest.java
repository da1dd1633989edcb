package io.shipgate.carrier.delhivery;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Serviceability;
import io.shipgate.carrier.model.ServiceabilityRequest;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.failure;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.stubPincode;
import static org.assertj.core.api.Assertions.assertThat;

/** Pincode serviceability: the pincode API's flags as the universal answer. */
@WireMockTest
class DelhiveryServiceabilityTest {

    private final DelhiveryCarrier carrier = new DelhiveryCarrier();
    private CarrierContext ctx;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        ctx = DelhiveryFixtures.context(wm);
    }

    private static ServiceabilityRequest lane(String from, String to, Money cod) {
        return new ServiceabilityRequest(from == null ? null : Address.location(from, "IN"), Address.location(to, "IN"), cod);
    }

    @Test
    void aServedLaneHasEveryFlagAndBothModes() {
        stubPincode("560001", "pincode/serviceable-560001.json");
        stubPincode("122015", "pincode/serviceable-122015.json");

        Serviceability answer = carrier.checkServiceability(ctx, lane("122015", "560001", Money.of("1499", "INR")));

        verify(getRequestedFor(urlEqualTo("/c/api/pin-codes/json/?filter_codes=560001"))
                .withHeader("Authorization", equalTo("Token " + DelhiveryFixtures.TOKEN)));
        verify(getRequestedFor(urlEqualTo("/c/api/pin-codes/json/?filter_codes=122015")));
        assertThat(answer).isEqualTo(new Serviceability(true, true, true, true, true, java.util.List.of("express", "surface"), null));
    }

    @Test
    void aPrepaidOnlyPincodeRefusesCodAndReversePickups() {
        stubPincode("795001", "pincode/prepaid-only-795001.json");

        Serviceability prepaid = carrier.checkServiceability(ctx, lane(null, "795001", null));
        assertThat(prepaid.serviceable()).isTrue();
        assertThat(prepaid.prepaid()).isTrue();
        assertThat(prepaid.cod()).isFalse();
        assertThat(prepaid.pickup()).as("no origin asked: pickup at the pincode itself").isFalse();
        assertThat(prepaid.oda()).isTrue();
        assertThat(prepaid.codLimit()).as("no COD here: no limit").isNull();
        assertThat(prepaid.reversePickup()).isFalse();
        assertThat(prepaid.remark()).contains("out of Delhivery's delivery area (ODA)");

        Serviceability cod = carrier.checkServiceability(ctx, lane(null, "795001", Money.of("1499", "INR")));
        assertThat(cod.serviceable()).isFalse();
        assertThat(cod.remark()).contains("no cash on delivery at pincode 795001");
    }

    @Test
    void codAboveThePincodesLimitIsNotServiceable() {
        stubPincode("400001", "pincode/cod-limit-400001.json");

        assertThat(carrier.checkServiceability(ctx, lane(null, "400001", Money.of("999", "INR"))).serviceable()).isTrue();
        Serviceability above = carrier.checkServiceability(ctx, lane(null, "400001", Money.of("1499", "INR")));
        assertThat(above.serviceable()).isFalse();
        assertThat(above.cod()).isFalse();
        assertThat(above.remark()).contains("COD above INR 1000");
        assertThat(above.codLimit()).as("the limit, for callers that compare amounts themselves").isEqualTo(Money.of("1000.0", "INR"));
        assertThat(carrier.checkServiceability(ctx, lane(null, "400001", null)).codLimit().amount()).isEqualByComparingTo("1000");
    }

    @Test
    void unlistedEmbargoedAndUnpickedPincodesSayWhy() {
        stubPincode("194101", "pincode/not-serviceable.json");
        stubPincode("110001", "pincode/embargo-110001.json");
        stubPincode("686101", "pincode/no-pickup-686101.json");

        Serviceability unlisted = carrier.checkServiceability(ctx, lane(null, "194101", null));
        assertThat(unlisted).isEqualTo(new Serviceability(false, false, false, false, false, java.util.List.of(),
                "Delhivery does not serve pincode 194101"));
        Serviceability embargo = carrier.checkServiceability(ctx, lane(null, "110001", null));
        assertThat(embargo.serviceable()).isFalse();
        assertThat(embargo.remark()).contains("embargo");
        assertThat(embargo.embargo()).isTrue();
        Serviceability fromNoPickup = carrier.checkServiceability(ctx, lane("686101", "110001", null));
        assertThat(fromNoPickup.pickup()).isFalse();
        assertThat(fromNoPickup.remark()).contains("does not pick up at pincode 686101");
    }

    @Test
    void codInAnotherCurrencyAndForeignPincodesAreRefusedWithoutACall() {
        CarrierException usd = failure(() -> carrier.checkServiceability(ctx, lane(null, "560001", Money.of("20", "USD"))));
        assertThat(usd.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(usd.field()).isEqualTo("cod.currency");

        CarrierException abroad = failure(() -> carrier.checkServiceability(ctx,
                new ServiceabilityRequest(null, Address.location("10005", "US"), null)));
        assertThat(abroad.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
        assertThat(abroad.field()).isEqualTo("destination.country");

        CarrierException malformed = failure(() -> carrier.checkServiceability(ctx, lane(null, "5600", null)));
        assertThat(malformed.field()).isEqualTo("destination.postalCode");
        verify(0, anyRequestedFor(anyUrl()));
    }
}
