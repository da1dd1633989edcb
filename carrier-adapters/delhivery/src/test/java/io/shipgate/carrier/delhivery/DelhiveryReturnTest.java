package io.shipgate.carrier.delhivery;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.RETURN_AWB;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.failure;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.ok;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.stubPincode;
import static org.assertj.core.api.Assertions.assertThat;

/** Reverse pickup: a manifest with payment mode Pickup from the customer to the warehouse, where Delhivery picks up. */
@WireMockTest
class DelhiveryReturnTest {

    private static final String CREATE = "/api/cmu/create.json";

    private final DelhiveryCarrier carrier = new DelhiveryCarrier();
    private CarrierContext ctx;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        ctx = DelhiveryFixtures.context(wm);
    }

    private static ReturnRequest returnFrom(Address customer) {
        return new ReturnRequest(customer, SampleRequests.IN_SHIPPER,
                List.of(new Parcel(SampleRequests.SMALL_BOX.weight(), SampleRequests.SMALL_BOX.dimensions(), "Cotton kurta, wrong size")),
                null, "RMA-2001", "36391910012345", "wrong size", null);
    }

    @Test
    void aReversePickupIsManifestedWithPaymentModePickupToTheWarehouse() {
        stubPincode("560001", "pincode/serviceable-560001.json");
        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/success-return.json")));

        ShipmentConfirmation confirmation = carrier.createReturn(ctx, returnFrom(SampleRequests.IN_RECIPIENT));

        var form = DelhiveryFixtures.form(findAll(postRequestedFor(urlEqualTo(CREATE))).getFirst().getBodyAsString());
        assertThat(form).containsEntry("format", "json");
        assertThat(DelhiveryFixtures.json(form.get("data"))).isEqualTo(DelhiveryFixtures.json(DelhiveryFixtures.fixture("manifest/request-return.json")));
        assertThat(confirmation.awb()).isEqualTo(RETURN_AWB);
        assertThat(confirmation.service()).isEqualTo("surface");
        assertThat(confirmation.labels()).as("the courier brings the reverse label").isEmpty();
        verify(0, getRequestedFor(urlPathEqualTo("/api/p/packing_slip")));
    }

    @Test
    void noReversePickupWhereDelhiveryDoesNotPickUp() {
        stubPincode("686101", "pincode/no-pickup-686101.json");
        Address kerala = new Address("Anita Customer", null, "+91 94470 12345", null, "Near St. Mary's Church", null, "Changanassery",
                "KL", "686101", "IN", true);

        CarrierException refused = failure(() -> carrier.createReturn(ctx, returnFrom(kerala)));

        assertThat(refused.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
        assertThat(refused.field()).isEqualTo("customer.postalCode");
        verify(0, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void aRefusedReturnNamesTheCustomersFields() {
        stubPincode("560001", "pincode/serviceable-560001.json");
        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/fail-non-serviceable.json")));

        CarrierException refused = failure(() -> carrier.createReturn(ctx, returnFrom(SampleRequests.IN_RECIPIENT)));

        assertThat(refused.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
        assertThat(refused.field()).isEqualTo("customer.postalCode");
    }
}
