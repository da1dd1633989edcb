package io.shipgate.carrier.delhivery;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DelhiveryStatusMapTest {

    @Test
    void everyPairAndCodeIsListedExactlyOnce() {
        List<String> pairs = DelhiveryStatusMap.pairs().values().stream().flatMap(Collection::stream).map(DelhiveryStatusMap::pairKey).toList();
        assertThat(pairs).doesNotHaveDuplicates();
        List<String> codes = Stream.of(DelhiveryStatusMap.scanCodes(), DelhiveryStatusMap.ndrReasons())
                .flatMap(table -> table.values().stream()).flatMap(Collection::stream).map(DelhiveryStatusMap::codeKey).toList();
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(DelhiveryStatusMap.pairs()).doesNotContainKey(TrackingStatus.UNKNOWN);
        assertThat(DelhiveryStatusMap.scanCodes()).doesNotContainKey(TrackingStatus.UNKNOWN);
    }

    /** Delhivery's published lifecycles: forward, RTO, reverse pickup, and the contract note's RT/Delivered. */
    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({
            "UD, Manifested, MANIFESTED", "UD, Not Picked, PICKUP_FAILED", "UD, In Transit, IN_TRANSIT", "UD, Pending, IN_TRANSIT",
            "UD, Dispatched, OUT_FOR_DELIVERY", "DL, Delivered, DELIVERED",
            "RT, In Transit, RTO_IN_TRANSIT", "RT, Pending, RTO_IN_TRANSIT", "RT, Dispatched, RTO_OUT_FOR_DELIVERY",
            "DL, RTO, RTO_DELIVERED", "RT, Delivered, RTO_DELIVERED",
            "PP, Open, RETURN_REQUESTED", "PP, Scheduled, RETURN_REQUESTED", "PP, Dispatched, OUT_FOR_PICKUP",
            "PU, In Transit, RETURN_PICKED_UP", "PU, Pending, RETURN_IN_TRANSIT", "PU, Dispatched, RETURN_IN_TRANSIT",
            "DL, DTO, RETURN_DELIVERED", "CN, Canceled, CANCELLED", "CN, Closed, CANCELLED", "CN, Cancelled, CANCELLED",
            "ud, in transit, IN_TRANSIT"})
    void everyLifecyclePairIsMapped(String type, String status, TrackingStatus expected) {
        assertThat(DelhiveryStatusMap.status(type, status, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"EOD-74, REFUSED", "EOD-15, CONSIGNEE_UNAVAILABLE", "EOD-104, ENTRY_RESTRICTED", "EOD-43, ADDRESS_ISSUE",
            "EOD-86, OTHER", "EOD-11, PREMISES_CLOSED", "EOD-69, FUTURE_DELIVERY_REQUESTED", "EOD-6, COD_NOT_READY"})
    void everyNdrCodeOnAPendingForwardScanIsAFailedAttemptWithItsReason(String code, NdrReason reason) {
        assertThat(DelhiveryStatusMap.status("UD", "Pending", code)).isEqualTo(TrackingStatus.FAILED_DELIVERY);
        assertThat(DelhiveryStatusMap.ndrReason(code)).isEqualTo(reason);
    }

    @Test
    void theNdrTableCoversTheContractNotesCodes() {
        assertThat(DelhiveryStatusMap.ndrReasons().values().stream().flatMap(Collection::stream))
                .containsExactlyInAnyOrder("EOD-74", "EOD-15", "EOD-104", "EOD-43", "EOD-86", "EOD-11", "EOD-69", "EOD-6");
    }

    @Test
    void scanCodesRefineForwardPairsOnly() {
        assertThat(DelhiveryStatusMap.status("UD", "Manifested", "X-UCI")).isEqualTo(TrackingStatus.MANIFESTED);
        assertThat(DelhiveryStatusMap.status("UD", "Manifested", "FMPUR-101")).isEqualTo(TrackingStatus.PICKUP_PENDING);
        assertThat(DelhiveryStatusMap.status("UD", "In Transit", "X-PPOM")).isEqualTo(TrackingStatus.PICKED_UP);
        assertThat(DelhiveryStatusMap.status("UD", "Dispatched", "X-DDD3FD")).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
        assertThat(DelhiveryStatusMap.status("DL", "Delivered", "EOD-38")).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(DelhiveryStatusMap.status("UD", "Pending", "X-IBD3F")).as("at the destination hub, not an attempt")
                .isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(DelhiveryStatusMap.status("PU", "In Transit", "X-PPOM")).as("a reverse pickup's pickup").isEqualTo(TrackingStatus.RETURN_PICKED_UP);
        assertThat(DelhiveryStatusMap.status("PP", "Scheduled", "FMPUR-101")).isEqualTo(TrackingStatus.RETURN_REQUESTED);
    }

    @Test
    void attemptCodesOutsideTheTableAndOnTheRtoLegAreStillAttempts() {
        assertThat(DelhiveryStatusMap.status("UD", "Pending", "EOD-3")).isEqualTo(TrackingStatus.FAILED_DELIVERY);
        assertThat(DelhiveryStatusMap.ndrReason("EOD-3")).isEqualTo(NdrReason.OTHER);
        assertThat(DelhiveryStatusMap.status("RT", "Pending", "EOD-11")).isEqualTo(TrackingStatus.RTO_FAILED);
    }

    @Test
    void unknownPairsAreUnknownWithoutGuessing() {
        assertThat(DelhiveryStatusMap.status("LT", "Lost", "X-LOST")).isEqualTo(TrackingStatus.UNKNOWN);
        assertThat(DelhiveryStatusMap.status(null, null, null)).isEqualTo(TrackingStatus.UNKNOWN);
        assertThat(DelhiveryStatusMap.status("UD", "Teleported", null)).isEqualTo(TrackingStatus.UNKNOWN);
        assertThat(DelhiveryStatusMap.ndrReason(null)).isNull();
    }
}
