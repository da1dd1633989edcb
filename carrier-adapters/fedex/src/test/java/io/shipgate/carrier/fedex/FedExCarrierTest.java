package io.shipgate.carrier.fedex;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierRegistry;
import io.shipgate.carrier.spi.UnsupportedCapabilityException;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the adapter declares, and that the gateway finds it. */
class FedExCarrierTest {

    @Test
    void theAdapterIsFoundByItsCode() {
        CarrierAdapter fedex = CarrierRegistry.load(getClass().getClassLoader()).find("fedex").orElseThrow();
        assertThat(fedex).isInstanceOf(FedExCarrier.class);
        assertThat(fedex.descriptor().defaultBaseUrl()).isEqualTo(URI.create("https://apis.fedex.com"));
    }

    @Test
    void itDeclaresWhatFedExsContractOffersAndNothingElse() {
        var capabilities = new FedExCarrier().descriptor().capabilities();
        assertThat(capabilities.operations()).containsExactlyInAnyOrder(Capability.RATES, Capability.CREATE_SHIPMENT,
                Capability.CANCEL_SHIPMENT, Capability.TRACK, Capability.WEBHOOK_TRACKING, Capability.ESTIMATE_DELIVERY,
                Capability.SCHEDULE_PICKUP, Capability.CANCEL_PICKUP, Capability.CREATE_RETURN, Capability.PROOF_OF_DELIVERY);
        assertThat(capabilities.labelFormats()).containsExactlyInAnyOrder(LabelFormat.PDF, LabelFormat.ZPL, LabelFormat.PNG);
        assertThat(capabilities.ndrActions()).isEmpty();
        assertThat(capabilities.cashOnDelivery()).isTrue();
        assertThat(capabilities.international()).isTrue();
        assertThat(capabilities.multiPiece()).isTrue();
        assertThatThrownBy(() -> new FedExCarrier().ndrAction(null, null)).isInstanceOf(UnsupportedCapabilityException.class);
        assertThatThrownBy(() -> new FedExCarrier().validateAddress(null, null)).isInstanceOf(UnsupportedCapabilityException.class);
    }
}
