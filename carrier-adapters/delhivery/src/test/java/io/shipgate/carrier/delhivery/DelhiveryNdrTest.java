package io.shipgate.carrier.delhivery;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.AWB;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.failure;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** NDR actions: re-attempt and reschedule through the asynchronous NDR API, address and phone through an edit. */
@WireMockTest
class DelhiveryNdrTest {

    private static final String UPDATE = "/api/p/update";
    private static final String EDIT = "/api/p/edit";

    private final DelhiveryCarrier carrier = new DelhiveryCarrier();
    private CarrierContext ctx;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        ctx = DelhiveryFixtures.context(wm);
        stubFor(post(urlEqualTo(UPDATE)).willReturn(ok("ndr/update-accepted.json")));
        stubFor(post(urlEqualTo(EDIT)).willReturn(ok("edit/edit-success.json")));
    }

    private static NdrActionRequest action(NdrAction action, LocalDate date, Address address, String phone) {
        return new NdrActionRequest(ShipmentRef.awb(AWB), action, date, address, phone, null);
    }

    @Test
    void aReattemptIsQueuedAndItsRequestIdKept() {
        NdrActionResult result = carrier.ndrAction(ctx, action(NdrAction.REATTEMPT, null, null, null));

        verify(postRequestedFor(urlEqualTo(UPDATE))
                .withHeader("Authorization", equalTo("Token " + DelhiveryFixtures.TOKEN))
                .withRequestBody(equalToJson("""
                        {"data": [{"waybill": "36391910012345", "act": "RE-ATTEMPT"}]}""")));
        assertThat(result.requestId()).isEqualTo("UPL8432170936547286301");
        assertThat(result.status()).isEqualTo(NdrActionResult.Status.PENDING);
    }

    @Test
    void aRescheduleDefersDeliveryToTheDate() {
        NdrActionResult result = carrier.ndrAction(ctx, action(NdrAction.RESCHEDULE, LocalDate.of(2026, 11, 27), null, null));

        verify(postRequestedFor(urlEqualTo(UPDATE)).withRequestBody(equalToJson("""
                {"data": [{"waybill": "36391910012345", "act": "DEFER_DLV", "action_data": {"deferred_date": "2026-11-27"}}]}""")));
        assertThat(result.requestId()).isEqualTo("UPL8432170936547286301");
    }

    @Test
    void aRescheduleNeedsADateAfterTodayInIndia() {
        for (LocalDate date : new LocalDate[]{null, LocalDate.of(2026, 11, 24)}) {
            CarrierException refused = failure(() -> carrier.ndrAction(ctx, action(NdrAction.RESCHEDULE, date, null, null)));
            assertThat(refused.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
            assertThat(refused.field()).isEqualTo("deferredDate");
        }
        verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aNewPhoneOrAddressIsAnEditOfTheShipment() {
        NdrActionResult phone = carrier.ndrAction(ctx, action(NdrAction.CHANGE_PHONE, null, null, "+91 98450 12345"));
        verify(postRequestedFor(urlEqualTo(EDIT)).withRequestBody(equalToJson("""
                {"waybill": "36391910012345", "phone": "9845012345"}""")));
        assertThat(phone.status()).isEqualTo(NdrActionResult.Status.ACCEPTED);
        assertThat(phone.requestId()).isNull();

        Address newAddress = new Address("Rahul Customer", null, null, null, "4th Floor, 80 Feet Road", "Koramangala", "Bengaluru", "KA",
                "560034", "IN", true);
        carrier.ndrAction(ctx, action(NdrAction.CHANGE_ADDRESS, null, newAddress, null));
        verify(postRequestedFor(urlEqualTo(EDIT)).withRequestBody(equalToJson("""
                {"waybill": "36391910012345", "name": "Rahul Customer", "add": "4th Floor, 80 Feet Road, Koramangala"}""")));
    }

    @Test
    void delhiverysRefusalsAreTheShipmentsStateAndRtoIsNotOffered() {
        stubFor(post(urlEqualTo(UPDATE)).willReturn(ok("ndr/update-refused.json")));
        CarrierException update = failure(() -> carrier.ndrAction(ctx, action(NdrAction.REATTEMPT, null, null, null)));
        assertThat(update.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE);
        assertThat(update.getMessage()).contains("not in Pending status");

        stubFor(post(urlEqualTo(EDIT)).willReturn(ok("edit/edit-refused.json")));
        CarrierException edit = failure(() -> carrier.ndrAction(ctx, action(NdrAction.CHANGE_PHONE, null, null, "9845012345")));
        assertThat(edit.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE);

        CarrierException rto = failure(() -> carrier.ndrAction(ctx, action(NdrAction.RETURN_TO_ORIGIN, null, null, null)));
        assertThat(rto.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(rto.field()).isEqualTo("action");
        assertThat(carrier.descriptor().capabilities().ndrActions()).doesNotContain(NdrAction.RETURN_TO_ORIGIN);
    }
}
