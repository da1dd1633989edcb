package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FailureContractTest {

    private static final SimulatedSandbox SANDBOX = new SimulatedSandbox();

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    private static CarrierException failure(Executable call) {
        try {
            call.execute();
        } catch (CarrierException e) {
            return e;
        } catch (Throwable e) {
            throw new AssertionError("expected a CarrierException", e);
        }
        throw new AssertionError("expected a CarrierException, the call succeeded");
    }

    private static ShipmentRequest to(Address recipient) {
        ShipmentRequest sample = SampleRequests.domestic();
        return new ShipmentRequest(null, sample.serviceLevel(), sample.shipper(), recipient, sample.parcels(), sample.reference(),
                sample.options(), null);
    }

    @Test
    void anUnavailableCarrierIsRetryable() {
        CarrierContext ctx = SANDBOX.context(Map.of(SandboxSettings.FAILURE_RATE, "1.0"));

        CarrierException e = failure(() -> SANDBOX.carrier.rates(ctx, SampleRequests.rates()).quotes());

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.UNAVAILABLE);
        assertThat(e.retryable()).isTrue();
        assertThat(e.carrierCode()).isEqualTo("CARRIER_UNAVAILABLE");
    }

    @Test
    void aCarrierThatHangsTimesOut() {
        CarrierContext ctx = SANDBOX.context(Map.of(SandboxSettings.TIMEOUT_RATE, "1"), SimulatedSandbox.CREDENTIALS,
                Duration.ofMillis(300));

        CarrierException e = failure(() -> SANDBOX.carrier.rates(ctx, SampleRequests.rates()).quotes());

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.TIMEOUT);
    }

    @Test
    void aPurchaseRetriedAfterATimeoutWithItsIdempotencyKeyGetsTheLabelAlreadyBought() {
        CarrierContext hanging = SANDBOX.context(Map.of(SandboxSettings.TIMEOUT_RATE, "1"), SimulatedSandbox.CREDENTIALS,
                Duration.ofMillis(300)).withIdempotencyKey("purchase-7");
        assertThat(failure(() -> SANDBOX.carrier.createShipment(hanging, SampleRequests.domestic())).category())
                .isEqualTo(CarrierErrorCategory.TIMEOUT);

        CarrierContext healthy = SANDBOX.context(Map.of(), SimulatedSandbox.CREDENTIALS, Duration.ofSeconds(5));
        String retried = SANDBOX.carrier.createShipment(healthy.withIdempotencyKey("purchase-7"), SampleRequests.domestic()).awb();
        String again = SANDBOX.carrier.createShipment(healthy.withIdempotencyKey("purchase-7"), SampleRequests.domestic()).awb();
        String other = SANDBOX.carrier.createShipment(healthy, SampleRequests.domestic()).awb();

        assertThat(again).isEqualTo(retried);
        assertThat(other).isNotEqualTo(retried);
    }

    @Test
    void aPurchaseWhoseAnswerWasLostIsFoundByItsIdempotencyKeyWithoutBuyingAgain() {
        CarrierContext hanging = SANDBOX.context(Map.of(SandboxSettings.TIMEOUT_RATE, "1"), SimulatedSandbox.CREDENTIALS,
                Duration.ofMillis(300)).withIdempotencyKey("purchase-lost");
        assertThat(failure(() -> SANDBOX.carrier.createShipment(hanging, SampleRequests.domestic())).category())
                .isEqualTo(CarrierErrorCategory.TIMEOUT);
        CarrierContext healthy = SANDBOX.context(Map.of(), SimulatedSandbox.CREDENTIALS, Duration.ofSeconds(5));
        long sold = SANDBOX.simulator.soldAwbs().size();

        ShipmentConfirmation found = SANDBOX.carrier.findPurchase(healthy.withIdempotencyKey("purchase-lost"), SampleRequests.domestic())
                .orElseThrow();
        ShipmentConfirmation replayed = SANDBOX.carrier.createShipment(healthy.withIdempotencyKey("purchase-lost"), SampleRequests.domestic());

        assertThat(found.awb()).isEqualTo(replayed.awb());
        assertThat(found.labels()).isNotEmpty();
        assertThat(SANDBOX.simulator.soldAwbs()).hasSize((int) sold).contains(found.awb());
        assertThat(SANDBOX.carrier.findPurchase(healthy.withIdempotencyKey("never-used"), SampleRequests.domestic())).isEmpty();
    }

    @Test
    void aRefusedKeyIsAnAuthenticationFailure() {
        CarrierContext ctx = SANDBOX.context(Map.of(), Map.of(SandboxSettings.API_KEY, "invalid-key"), Duration.ofSeconds(5));

        CarrierException e = failure(() -> SANDBOX.carrier.rates(ctx, SampleRequests.rates()).quotes());

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
        assertThat(e.carrierCode()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void validationErrorsNameTheUniversalField() {
        Address noPostalCode = new Address("Grace", null, null, null, "1 Market St", null, "San Francisco", "CA", null, "US", null);

        CarrierException e = failure(() -> SANDBOX.carrier.createShipment(SANDBOX.context(), to(noPostalCode)));

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(e.carrierCode()).isEqualTo("VALIDATION");
        assertThat(e.field()).isEqualTo("recipient.postalCode");
        assertThat(e.getMessage()).contains("recipient.postal_code");
        assertThat(SandboxErrors.universalField(SandboxClient.CREATE_SHIPMENT, "parcels[1].weight_grams")).isEqualTo("parcels[1].weight");
        assertThat(SandboxErrors.universalField(SandboxClient.CREATE_SHIPMENT, "cod.amount")).isEqualTo("options.cod.amount");
        assertThat(SandboxErrors.universalField(SandboxClient.CREATE_RETURN, "shipper.street1")).isEqualTo("customer.street1");
        assertThat(SandboxErrors.universalField(SandboxClient.VALIDATE_ADDRESS, "address.postal_code")).isEqualTo("postalCode");
    }

    @Test
    void unservedPostalCodesAreNotServiceable() {
        Address unserved = new Address("Grace", null, null, null, "1 Market St", null, "Nowhere", "CA", "00012", "US", null);

        CarrierException e = failure(() -> SANDBOX.carrier.createShipment(SANDBOX.context(), to(unserved)));

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
        assertThat(e.field()).isEqualTo("recipient.postalCode");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void badAccountSettingsAreNamedBeforeAnyCall() {
        CarrierContext ctx = SANDBOX.context(Map.of(SandboxSettings.RTO_RATE, "often"));

        assertThatThrownBy(() -> SANDBOX.carrier.rates(ctx, SampleRequests.rates()).quotes()).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
            assertThat(e.field()).isEqualTo(SandboxSettings.RTO_RATE);
        });
    }
}
