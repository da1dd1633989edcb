package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What one sandbox account buys, another cannot touch: to it the AWB or pickup does not exist. */
class OwnershipContractTest {

    private static final SimulatedSandbox SANDBOX = new SimulatedSandbox();
    private static final CarrierContext OWNER = SANDBOX.contextOf("owner-key");
    private static final CarrierContext STRANGER = SANDBOX.contextOf("stranger-key");

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    @Test
    void anotherAccountCannotCancelTrackInstructOrProveALabelItDidNotBuy() {
        ShipmentConfirmation bought = SANDBOX.carrier.createShipment(OWNER, SampleRequests.multiPiece());
        ShipmentRef awb = ShipmentRef.awb(bought.awb());
        ShipmentRef secondParcel = ShipmentRef.awb(bought.parcelTrackingNumbers().get(1));

        assertDoesNotExist(() -> SANDBOX.carrier.cancelShipment(STRANGER, awb));
        assertUnknownWhenTracked(() -> SANDBOX.carrier.track(STRANGER, awb));
        assertUnknownWhenTracked(() -> SANDBOX.carrier.track(STRANGER, secondParcel));
        assertDoesNotExist(() -> SANDBOX.carrier.ndrAction(STRANGER,
                new NdrActionRequest(awb, NdrAction.RETURN_TO_ORIGIN, null, null, null, null)));
        assertDoesNotExist(() -> SANDBOX.carrier.proofOfDelivery(STRANGER, awb));

        assertThat(SANDBOX.simulator.cancelledAwbs()).doesNotContain(bought.awb());
        assertThat(SANDBOX.carrier.track(OWNER, awb).status()).isEqualTo(TrackingStatus.MANIFESTED);
        assertThat(SANDBOX.carrier.track(OWNER, secondParcel).status()).isEqualTo(TrackingStatus.MANIFESTED);
        assertThatThrownBy(() -> SANDBOX.carrier.proofOfDelivery(OWNER, awb)).isInstanceOfSatisfying(CarrierException.class,
                e -> assertThat(e.carrierCode()).isEqualTo("NOT_DELIVERED"));
        SANDBOX.carrier.cancelShipment(OWNER, awb);
        assertThat(SANDBOX.simulator.cancelledAwbs()).contains(bought.awb());
        assertThat(SANDBOX.carrier.track(OWNER, awb).status()).isEqualTo(TrackingStatus.CANCELLED);
    }

    @Test
    void anotherAccountCannotCancelAPickupItDidNotBook() {
        PickupRequest request = new PickupRequest(SampleRequests.US_SHIPPER, LocalDate.of(2026, 1, 14), LocalTime.of(9, 0),
                LocalTime.of(17, 0), 1, null, List.of(), null);
        PickupConfirmation pickup = SANDBOX.carrier.schedulePickup(OWNER, request);
        PickupRef ref = new PickupRef(pickup.pickupId(), pickup.date(), request.location());

        assertDoesNotExist(() -> SANDBOX.carrier.cancelPickup(STRANGER, ref));

        SANDBOX.carrier.cancelPickup(OWNER, ref);
    }

    @Test
    void anIdempotencyKeyOfOneAccountNeverAnswersAnotherWithItsLabel() {
        ShipmentConfirmation first = SANDBOX.carrier.createShipment(OWNER.withIdempotencyKey("order-42"), SampleRequests.domestic());

        ShipmentConfirmation other = SANDBOX.carrier.createShipment(STRANGER.withIdempotencyKey("order-42"), SampleRequests.domestic());

        assertThat(other.awb()).isNotEqualTo(first.awb());
        assertThat(SANDBOX.carrier.createShipment(OWNER.withIdempotencyKey("order-42"), SampleRequests.domestic()).awb())
                .isEqualTo(first.awb());
    }

    @Test
    void ownershipSurvivesARestartWithTheSameSecretWithoutAnyStoredState() {
        byte[] secret = "a secret of thirty-two bytes....".getBytes();
        MutableClock clock = new MutableClock(SimulatedSandbox.START);
        String awb;
        try (SimulatedSandbox before = new SimulatedSandbox(clock, secret)) {
            awb = before.carrier.createShipment(before.contextOf("owner-key"), SampleRequests.domestic()).awb();
        }

        try (SimulatedSandbox restarted = new SimulatedSandbox(clock, secret)) {
            assertDoesNotExist(() -> restarted.carrier.cancelShipment(restarted.contextOf("stranger-key"), ShipmentRef.awb(awb)));
            assertThat(restarted.carrier.track(restarted.contextOf("owner-key"), ShipmentRef.awb(awb)).status())
                    .isEqualTo(TrackingStatus.MANIFESTED);
            restarted.carrier.cancelShipment(restarted.contextOf("owner-key"), ShipmentRef.awb(awb));
            assertThat(restarted.simulator.cancelledAwbs()).containsExactly(awb);
        }
        try (SimulatedSandbox anotherSecret = new SimulatedSandbox(clock, "another secret, thirty-two bytes".getBytes())) {
            assertUnknownWhenTracked(() -> anotherSecret.carrier.track(anotherSecret.contextOf("owner-key"), ShipmentRef.awb(awb)));
        }
    }

    @Test
    void theSimulatorCountsAuthenticatedCallsAndRecordsWhatItSoldAndCancelled() {
        try (SimulatedSandbox sandbox = new SimulatedSandbox()) {
            CarrierContext account = sandbox.contextOf("counted-key");
            ShipmentRequest international = SampleRequests.international();
            ShipmentRequest withoutCustoms = new ShipmentRequest(null, international.serviceLevel(), international.shipper(),
                    international.recipient(), international.parcels(), international.reference(), international.options(), null);

            String shipment = sandbox.carrier.createShipment(account, SampleRequests.domestic()).awb();
            String customerReturn = sandbox.carrier.createReturn(account, new ReturnRequest(SampleRequests.US_RECIPIENT,
                    SampleRequests.US_SHIPPER, List.of(SampleRequests.SMALL_BOX), null, "RMA-1", null, null, null)).awb();
            assertThatThrownBy(() -> sandbox.carrier.createShipment(account, withoutCustoms)).isInstanceOf(CarrierException.class);
            assertThatThrownBy(() -> sandbox.carrier.createShipment(sandbox.context(Map.of(SandboxSettings.FAILURE_RATE, "1")),
                    SampleRequests.domestic())).isInstanceOf(CarrierException.class);
            assertThatThrownBy(() -> sandbox.carrier.track(sandbox.contextOf("invalid-key"), ShipmentRef.awb(shipment)))
                    .isInstanceOfSatisfying(CarrierException.class,
                            e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION));
            sandbox.carrier.cancelShipment(account, ShipmentRef.awb(shipment));

            assertThat(sandbox.simulator.calls()).as("two sales, two refusals, a cancellation; the refused key not counted")
                    .isEqualTo(5);
            assertThat(sandbox.simulator.soldAwbs()).containsExactlyInAnyOrder(shipment, customerReturn);
            assertThat(sandbox.simulator.cancelledAwbs()).containsExactly(shipment);
        }
    }

    /** Tracked the way an AWB that never existed is: 404 NOT_FOUND, the category NOT_FOUND (issue 15, behaviour 3). */
    private static void assertUnknownWhenTracked(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.carrierCode()).isEqualTo("NOT_FOUND");
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_FOUND);
        });
    }

    /** Refused the way an AWB or pickup that never existed is: 404 NOT_FOUND. */
    private static void assertDoesNotExist(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.carrierCode()).isEqualTo("NOT_FOUND");
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        });
    }
}
