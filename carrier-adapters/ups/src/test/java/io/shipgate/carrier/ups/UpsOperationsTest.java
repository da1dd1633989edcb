package io.shipgate.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Time in Transit, Pickup, Delivery Intercept and Address Validation. */
class UpsOperationsTest extends UpsAdapterTest {

    private static final String TRANSIT = "/api/shipments/" + UpsClient.TIME_IN_TRANSIT_VERSION + "/transittimes";
    private static final String PICKUP = "/api/pickupcreation/" + UpsClient.PICKUP_VERSION + "/pickup";
    private static final String INTERCEPT = "/api/deliveryintercept/" + UpsClient.DELIVERY_INTERCEPT_VERSION;
    private static final String AWB = "1Z4096YY0316914058";
    private static final Map<String, String> WITH_CONTACT = Map.of(UpsSettings.ACCOUNT_NUMBER, "1A2B3C",
            UpsSettings.CONTACT_NAME, "Ops Desk", UpsSettings.CONTACT_PHONE, "+12125550100");

    @Test
    void behaviour11WithoutAShipDateTheDayIsTodayWhereTheParcelLeavesNotInUtc() {
        answer(post(urlEqualTo(TRANSIT)), "/ups/timeintransit/response.json");
        // 03:00 UTC on the 25th is still the evening of the 24th in New York
        Clock evening = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC);
        EddRequest request = new EddRequest(SampleRequests.US_SHIPPER, SampleRequests.US_RECIPIENT, null, null, Weight.of("2", WeightUnit.KG));

        carrier.estimateDelivery(context(Map.of(UpsSettings.ACCOUNT_NUMBER, "1A2B3C"), evening), request);

        assertThat(tree(sentTo(TRANSIT).getBody()).get("shipDate").asText()).isEqualTo("2026-11-24");
    }

    @Test
    void estimatesDeliveryPerServiceWithRatingsServiceCodes() {
        answer(post(urlEqualTo(TRANSIT)), "/ups/timeintransit/response.json");
        EddRequest request = new EddRequest(SampleRequests.US_SHIPPER, SampleRequests.US_RECIPIENT, LocalDate.of(2026, 11, 24), null,
                Weight.of("2", WeightUnit.KG));

        List<Edd> edds = carrier.estimateDelivery(context(), request);

        var sent = sentTo(TRANSIT);
        UpsOpenApi.assertConforms(UpsOpenApi.TIME_IN_TRANSIT, sent);
        JsonNode body = tree(sent.getBody());
        assertThat(body.get("originPostalCode").asText()).isEqualTo("10005");
        assertThat(body.get("destinationCountryCode").asText()).isEqualTo("US");
        assertThat(body.get("weight").decimalValue()).isEqualByComparingTo("4.5"); // 2 kg = 4.41 lb, rounded up
        assertThat(body.get("weightUnitOfMeasure").asText()).isEqualTo("LBS");
        assertThat(body.get("shipDate").asText()).isEqualTo("2026-11-24");
        assertThat(body.get("residentialIndicator").asText()).isEqualTo("01");

        assertThat(edds).extracting(Edd::service).containsExactly("01", "02", "03");
        Edd ground = edds.get(2);
        assertThat(ground.serviceLevel()).isEqualTo(ServiceLevel.STANDARD);
        assertThat(ground.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(ground.transitDays()).isEqualTo(4);
        assertThat(ground.guaranteed()).isFalse();
        assertThat(edds.getFirst().guaranteed()).isTrue();
        // the response fixture is not checked against TimeInTransit.yaml: its schema contradicts its own
        // documented formats (shipDate YYYY-MM-DD at most 8 long, service level GND at most 2, "maximum: 1" on day counts)
    }

    @Test
    void estimatesOneServiceWhenAsked() {
        answer(post(urlEqualTo(TRANSIT)), "/ups/timeintransit/response.json");
        EddRequest request = new EddRequest(SampleRequests.US_SHIPPER, SampleRequests.US_RECIPIENT, null, "03", null);

        assertThat(carrier.estimateDelivery(context(), request)).singleElement().extracting(Edd::service).isEqualTo("03");
    }

    @Test
    void schedulesAndCancelsAPickupByItsPrn() {
        answer(post(urlEqualTo(PICKUP)), "/ups/pickup/response.json");
        PickupRequest request = new PickupRequest(SampleRequests.US_SHIPPER, LocalDate.of(2026, 11, 25), LocalTime.of(9, 0),
                LocalTime.of(17, 30), 3, Weight.of("12", WeightUnit.LB), List.of(), "Dock 4");

        PickupConfirmation confirmation = carrier.schedulePickup(context(), request);

        JsonNode body = tree(sentTo(PICKUP).getBody()).path("PickupCreationRequest");
        assertThat(body.at("/Shipper/Account/AccountNumber").asText()).isEqualTo("1A2B3C");
        assertThat(body.at("/PickupDateInfo/PickupDate").asText()).isEqualTo("20261125");
        assertThat(body.at("/PickupDateInfo/ReadyTime").asText()).isEqualTo("0900");
        assertThat(body.at("/PickupDateInfo/CloseTime").asText()).isEqualTo("1730");
        assertThat(body.at("/PickupAddress/Phone/Number").asText()).isEqualTo("12125550100");
        assertThat(body.at("/PickupPiece/0/Quantity").asText()).isEqualTo("3");
        assertThat(body.at("/TotalWeight/Weight").asText()).isEqualTo("12.0");
        assertThat(body.at("/PaymentMethod").asText()).isEqualTo("01");
        // the PRN of Pickup.yaml's published example
        assertThat(confirmation.pickupId()).isEqualTo("stringstrin");
        assertThat(confirmation.date()).isEqualTo(LocalDate.of(2026, 11, 25));

        String cancel = "/api/shipments/" + UpsClient.PICKUP_VERSION + "/pickup/02";
        answer(delete(urlEqualTo(cancel)), "/ups/pickup/cancel-response.json");
        carrier.cancelPickup(context(), new PickupRef("stringstrin", LocalDate.of(2026, 11, 25), SampleRequests.US_SHIPPER));
        assertThat(sentTo(cancel).getHeader("Prn")).isEqualTo("stringstrin");
    }

    @Test
    void reschedulesAfterCheckingEligibility() {
        answer(get(urlEqualTo(INTERCEPT + "/eligibility/intercept/" + AWB)), "/ups/intercept/eligibility.json");
        answer(post(urlEqualTo(INTERCEPT + "/reschedule/" + AWB)), "/ups/intercept/accepted-response.json");

        NdrActionResult result = carrier.ndrAction(context(WITH_CONTACT), new NdrActionRequest(ShipmentRef.awb(AWB),
                NdrAction.RESCHEDULE, LocalDate.of(2025, 1, 10), null, null, null));

        var eligibility = sentTo(INTERCEPT + "/eligibility/intercept/" + AWB);
        assertThat(eligibility.getHeader("inquiryType")).isEqualTo("U");
        JsonNode body = tree(sentTo(INTERCEPT + "/reschedule/" + AWB).getBody());
        assertThat(body.get("requestType").asText()).isEqualTo("FD");
        assertThat(body.get("deliveryDate").asText()).isEqualTo("20250110");
        assertThat(body.at("/requesterContactInfo/name").asText()).isEqualTo("Ops Desk");
        assertThat(body.at("/requesterContactInfo/telephone").asText()).isEqualTo("+12125550100");
        assertThat(result).isEqualTo(new NdrActionResult("ASR1212", NdrActionResult.Status.ACCEPTED, "Success"));
    }

    @Test
    void redirectsToANewAddressAndReturnsToSender() {
        answer(get(urlEqualTo(INTERCEPT + "/eligibility/intercept/" + AWB)), "/ups/intercept/eligibility.json");
        answer(post(urlEqualTo(INTERCEPT + "/redirect/address/" + AWB)), "/ups/intercept/accepted-response.json");
        answer(post(urlEqualTo(INTERCEPT + "/return/" + AWB)), "/ups/intercept/accepted-response.json");

        carrier.ndrAction(context(WITH_CONTACT), new NdrActionRequest(ShipmentRef.awb(AWB), NdrAction.CHANGE_ADDRESS, null,
                SampleRequests.US_SHIPPER, null, "Leave at reception"));
        carrier.ndrAction(context(WITH_CONTACT), new NdrActionRequest(ShipmentRef.awb(AWB), NdrAction.RETURN_TO_ORIGIN, null,
                null, null, null));

        JsonNode redirect = tree(sentTo(INTERCEPT + "/redirect/address/" + AWB).getBody());
        assertThat(redirect.get("requestType").asText()).isEqualTo("AA");
        assertThat(redirect.get("specialInstructions").asText()).isEqualTo("Leave at reception");
        assertThat(redirect.at("/newDeliveryAddress/addressInfo/addressLine1").asText()).isEqualTo("11 Wall St");
        assertThat(redirect.at("/newDeliveryAddress/addressInfo/postalCode").asText()).isEqualTo("10005");
        JsonNode rts = tree(sentTo(INTERCEPT + "/return/" + AWB).getBody());
        assertThat(rts.get("requestType").asText()).isEqualTo("RS");
        assertThat(rts.get("reasonForReturn").asText()).isEqualTo("KV");
    }

    @Test
    void refusesWhatUpsDoesNotAllowOrOffer() {
        answer(get(urlEqualTo(INTERCEPT + "/eligibility/intercept/" + AWB)), "/ups/intercept/eligibility.json");
        // a day UPS does not offer
        assertThatThrownBy(() -> carrier.ndrAction(context(WITH_CONTACT), new NdrActionRequest(ShipmentRef.awb(AWB),
                NdrAction.RESCHEDULE, LocalDate.of(2025, 1, 11), null, null, null)))
                .isInstanceOfSatisfying(CarrierException.class, e -> assertThat(e.field()).isEqualTo("deferredDate"));
        // no re-attempt in UPS Delivery Intercept
        assertThatThrownBy(() -> carrier.ndrAction(context(WITH_CONTACT), new NdrActionRequest(ShipmentRef.awb(AWB),
                NdrAction.REATTEMPT, null, null, null, null)))
                .isInstanceOfSatisfying(CarrierException.class, e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST));
        // UPS's refusal answered with 200 and success false
        answer(post(urlEqualTo(INTERCEPT + "/reschedule/" + AWB)), "/ups/intercept/reschedule-refused.json");
        assertThatThrownBy(() -> carrier.ndrAction(context(WITH_CONTACT), new NdrActionRequest(ShipmentRef.awb(AWB),
                NdrAction.RESCHEDULE, LocalDate.of(2025, 1, 10), null, null, null)))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.UNAVAILABLE);
                    assertThat(e.carrierCode()).isEqualTo("500");
                    assertThat(e.getMessage()).isEqualTo("System Error");
                });
        // the requester UPS needs is the account's contact
        assertThatThrownBy(() -> carrier.ndrAction(context(), new NdrActionRequest(ShipmentRef.awb(AWB),
                NdrAction.RETURN_TO_ORIGIN, null, null, null, null)))
                .isInstanceOfSatisfying(CarrierException.class, e -> assertThat(e.field()).isEqualTo(UpsSettings.CONTACT_NAME));
    }

    @Test
    void validatesAndClassifiesAnAddress() {
        String path = "/api/addressvalidation/" + UpsClient.ADDRESS_VALIDATION_VERSION + "/3";
        answer(post(urlPathEqualTo(path)), "/ups/address/response.json");

        AddressValidation validation = carrier.validateAddress(context(), SampleRequests.US_RECIPIENT);

        JsonNode key = tree(sentTo(path).getBody()).at("/XAVRequest/AddressKeyFormat");
        assertThat(key.at("/AddressLine/0").asText()).isEqualTo("1 Market St");
        assertThat(key.at("/PoliticalDivision2").asText()).isEqualTo("San Francisco");
        assertThat(key.at("/PoliticalDivision1").asText()).isEqualTo("CA");
        assertThat(key.at("/PostcodePrimaryLow").asText()).isEqualTo("94105");
        assertThat(validation.verdict()).isEqualTo(AddressValidation.Verdict.VALID);
        assertThat(validation.residential()).isTrue();
        Address candidate = validation.candidates().getFirst();
        assertThat(candidate.street1()).isEqualTo("1 MARKET ST APT 4");
        assertThat(candidate.postalCode()).isEqualTo("94105-1420");
        assertThat(candidate.name()).isEqualTo("Grace Recipient");

        ups.resetAll();
        answer(post(urlPathEqualTo(path)), "/ups/address/response-ambiguous.json");
        AddressValidation ambiguous = carrier.validateAddress(context(), SampleRequests.US_RECIPIENT);
        assertThat(ambiguous.verdict()).isEqualTo(AddressValidation.Verdict.AMBIGUOUS);
        assertThat(ambiguous.candidates()).hasSize(2);
    }
}
