package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.carrier.model.AddressValidation.Verdict;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.ManifestConfirmation;
import io.shipgate.carrier.model.ManifestRequest;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.Serviceability;
import io.shipgate.carrier.model.ServiceabilityRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.simulator.SandboxAwb;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.CarrierRegistry;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static io.shipgate.carrier.model.TrackingStatus.OUT_FOR_PICKUP;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_DELIVERED;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_IN_TRANSIT;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_PICKED_UP;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperationsContractTest {

    private static final SimulatedSandbox SANDBOX = new SimulatedSandbox();
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 12);

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    @Test
    void theAdapterIsFoundOnTheClassPathWithEveryCapability() {
        CarrierAdapter adapter = CarrierRegistry.load(getClass().getClassLoader()).find("sandbox").orElseThrow();

        assertThat(adapter.descriptor().displayName()).isEqualTo("Shipgate Sandbox");
        assertThat(adapter.descriptor().capabilities().operations()).containsExactlyInAnyOrder(Capability.values());
        assertThat(adapter.descriptor().capabilities().ndrActions()).containsExactlyInAnyOrder(NdrAction.values());
    }

    @Test
    void estimatesDeliveryPerServiceCountingBusinessDays() {
        EddRequest lane = new EddRequest(SampleRequests.US_SHIPPER, SampleRequests.US_RECIPIENT, MONDAY.plusDays(4), null, null);

        List<Edd> estimates = SANDBOX.carrier.estimateDelivery(SANDBOX.context(), lane);

        assertThat(estimates).extracting(Edd::serviceLevel)
                .containsExactly(ServiceLevel.ECONOMY, ServiceLevel.STANDARD, ServiceLevel.EXPRESS, ServiceLevel.OVERNIGHT);
        Edd overnight = estimates.getLast();
        assertThat(overnight.estimatedDelivery()).isEqualTo(MONDAY.plusDays(7));
        assertThat(overnight.guaranteed()).isTrue();
        assertThat(overnight.latestDelivery()).isEqualTo(overnight.estimatedDelivery());
        assertThat(estimates.getFirst().latestDelivery()).isAfter(estimates.getFirst().estimatedDelivery());
        EddRequest oneService = new EddRequest(lane.origin(), lane.destination(), null, "sandbox_standard", null);
        assertThat(SANDBOX.carrier.estimateDelivery(SANDBOX.context(), oneService)).extracting(Edd::service)
                .containsExactly("sandbox_standard");
    }

    @Test
    void serviceabilityRefusesCodWhereTheSandboxCollectsNoCash() {
        Address noCash = Address.location("999001", "IN");
        Address unserved = Address.location("000001", "IN");
        Money cod = Money.of("1499", "INR");

        Serviceability served = SANDBOX.carrier.checkServiceability(SANDBOX.context(),
                new ServiceabilityRequest(SampleRequests.IN_SHIPPER, SampleRequests.IN_RECIPIENT, cod));
        Serviceability withoutCod = SANDBOX.carrier.checkServiceability(SANDBOX.context(),
                new ServiceabilityRequest(SampleRequests.IN_SHIPPER, noCash, cod));
        Serviceability notServed = SANDBOX.carrier.checkServiceability(SANDBOX.context(),
                new ServiceabilityRequest(null, unserved, null));

        assertThat(served.serviceable()).isTrue();
        assertThat(served.cod()).isTrue();
        assertThat(served.services()).contains("sandbox_overnight", "sandbox_return");
        assertThat(withoutCod.serviceable()).isTrue();
        assertThat(withoutCod.cod()).isFalse();
        assertThat(withoutCod.remark()).contains("999001");
        assertThat(notServed.serviceable()).isFalse();
        assertThat(notServed.services()).isEmpty();
    }

    @Test
    void aPickupIsBookedWithinOpeningHoursAndCancelledOnce() {
        PickupRequest request = new PickupRequest(SampleRequests.US_SHIPPER, MONDAY.plusDays(5), LocalTime.of(7, 0),
                LocalTime.of(17, 0), 3, null, List.of(), "Ring at the loading dock");

        PickupConfirmation pickup = SANDBOX.carrier.schedulePickup(SANDBOX.context(), request);

        assertThat(pickup.pickupId()).startsWith("PU20260119");
        assertThat(pickup.date()).isEqualTo(MONDAY.plusDays(7));
        assertThat(pickup.readyFrom()).isEqualTo(LocalTime.of(9, 0));
        assertThat(pickup.readyUntil()).isEqualTo(LocalTime.of(17, 0));
        PickupRef ref = new PickupRef(pickup.pickupId(), pickup.date(), request.location());
        SANDBOX.carrier.cancelPickup(SANDBOX.context(), ref);
        assertThatThrownBy(() -> SANDBOX.carrier.cancelPickup(SANDBOX.context(), ref)).isInstanceOfSatisfying(CarrierException.class,
                e -> assertThat(e.carrierCode()).isEqualTo("NOT_FOUND"));
    }

    @Test
    void anEndOfDayCloseTakesTheAccountsShipmentsButNoCancelledOne() {
        ShipmentConfirmation first = SANDBOX.carrier.createShipment(SANDBOX.context(), SampleRequests.domestic());
        ShipmentConfirmation second = SANDBOX.carrier.createShipment(SANDBOX.context(), SampleRequests.domestic());
        ShipmentRef firstRef = new ShipmentRef(first.awb(), first.carrierShipmentId(), null);
        ShipmentRef secondRef = new ShipmentRef(second.awb(), second.carrierShipmentId(), null);

        ManifestConfirmation closed = SANDBOX.carrier.closeManifest(SANDBOX.context(),
                new ManifestRequest(MONDAY, SampleRequests.US_SHIPPER, List.of(firstRef, secondRef)));

        assertThat(closed.manifestId()).startsWith("MF20260112");
        assertThat(closed.carrierPayload()).contains("\"shipment_count\":2");
        SANDBOX.carrier.cancelShipment(SANDBOX.context(), secondRef);
        assertThatThrownBy(() -> SANDBOX.carrier.closeManifest(SANDBOX.context(), new ManifestRequest(MONDAY, SampleRequests.US_SHIPPER,
                List.of(secondRef)))).isInstanceOfSatisfying(CarrierException.class,
                e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE));
    }

    @Test
    void aCustomerReturnIsPickedUpAndDeliveredToTheWarehouse() {
        ReturnRequest request = new ReturnRequest(SampleRequests.US_RECIPIENT, SampleRequests.US_SHIPPER,
                List.of(SampleRequests.SMALL_BOX), null, "RMA-77", null, "Wrong size", null);

        ShipmentConfirmation confirmation = SANDBOX.carrier.createReturn(SANDBOX.context(), request);

        assertThat(SandboxAwb.isValid(confirmation.awb())).isTrue();
        assertThat(confirmation.service()).isEqualTo("sandbox_return");
        assertThat(confirmation.labels()).isNotEmpty();
        List<TrackingStatus> statuses = new ArrayList<>();
        for (int step = 0; step < 5; step++) {
            statuses.add(SANDBOX.carrier.track(SANDBOX.context(), ShipmentRef.awb(confirmation.awb())).status());
            SANDBOX.clock.advance(Duration.ofSeconds(60));
        }
        assertThat(statuses).containsExactly(RETURN_REQUESTED, OUT_FOR_PICKUP, RETURN_PICKED_UP, RETURN_IN_TRANSIT, RETURN_DELIVERED);
    }

    @Test
    void ndrActionsAreAcceptedAndARescheduleNeedsADate() {
        ShipmentRef shipment = ShipmentRef.awb(SANDBOX.carrier.createShipment(SANDBOX.context(), SampleRequests.domestic()).awb());

        NdrActionResult reattempt = SANDBOX.carrier.ndrAction(SANDBOX.context(),
                new NdrActionRequest(shipment, NdrAction.REATTEMPT, null, null, null, "Customer home after 6 pm"));

        assertThat(reattempt.status()).isEqualTo(NdrActionResult.Status.ACCEPTED);
        assertThat(reattempt.requestId()).startsWith("NDR");
        assertThatThrownBy(() -> SANDBOX.carrier.ndrAction(SANDBOX.context(),
                new NdrActionRequest(shipment, NdrAction.RESCHEDULE, null, null, null, null)))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
                    assertThat(e.field()).isEqualTo("deferredDate");
                });
    }

    @Test
    void aValidAddressComesBackNormalizedAsItsOneCandidate() {
        Address messy = new Address("Grace  Recipient", null, "+1 415 555 0199", null, " 1  Market St ", "Apt 4", "san francisco",
                "ca", "941051234", "US", null);

        AddressValidation validation = SANDBOX.carrier.validateAddress(SANDBOX.context(), messy);

        assertThat(validation.verdict()).isEqualTo(Verdict.VALID);
        assertThat(validation.residential()).isTrue();
        assertThat(validation.candidates()).containsExactly(new Address("Grace Recipient", null, "+1 415 555 0199", null,
                "1 Market St", "Apt 4", "SAN FRANCISCO", "CA", "94105-1234", "US", true));
        assertThat(validation.messages()).containsExactly("normalized name, street1, city, state, postal_code");
    }

    @Test
    void ambiguousAndInvalidAddressesSayWhy() {
        Address twoStreets = new Address(null, "Acme Widgets", null, null, "5 Main St", null, "Queens", "NY", "11101", "US", null);
        Address noSuchPostalCode = new Address(null, null, null, null, "1 Market St", null, "Nowhere", "CA", "00012", "US", null);
        Address noStreet = new Address("Grace", null, null, null, null, null, "San Francisco", "CA", "94105", "US", null);

        AddressValidation ambiguous = SANDBOX.carrier.validateAddress(SANDBOX.context(), twoStreets);
        AddressValidation unknownPostalCode = SANDBOX.carrier.validateAddress(SANDBOX.context(), noSuchPostalCode);
        AddressValidation withoutStreet = SANDBOX.carrier.validateAddress(SANDBOX.context(), noStreet);

        assertThat(ambiguous.verdict()).isEqualTo(Verdict.AMBIGUOUS);
        assertThat(ambiguous.residential()).isFalse();
        assertThat(ambiguous.candidates()).extracting(Address::street1).containsExactly("5 Main St N", "5 Main St S");
        assertThat(ambiguous.candidates()).extracting(Address::city).containsOnly("QUEENS");
        assertThat(unknownPostalCode.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(unknownPostalCode.residential()).isNull();
        assertThat(unknownPostalCode.candidates()).isEmpty();
        assertThat(unknownPostalCode.messages()).containsExactly("no such postal code 00012");
        assertThat(withoutStreet.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(withoutStreet.messages()).containsExactly("street1 is missing");
    }
}
