package io.shipgate.carrier.dhlexpress;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DhlStatusMapTest {

    /** DHL Express's published checkpoint codes (MyDHL tracking {@code events[].typeCode}). */
    private static final List<String> CHECKPOINTS = List.of("AD", "AF", "AR", "BA", "BN", "BR", "CA", "CC", "CD", "CM", "CR", "CS",
            "DD", "DF", "DS", "FD", "HP", "IC", "MC", "MD", "MS", "ND", "NH", "OH", "OK", "PD", "PL", "PU", "RD", "RR", "RT", "SA",
            "SC", "SS", "TP", "TR", "UD", "WC");

    @Test
    void everyCheckpointCodeIsListedExactlyOnce() {
        List<String> listed = DhlStatusMap.statuses().values().stream().flatMap(Collection::stream).toList();
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(CHECKPOINTS);
        assertThat(DhlStatusMap.statuses()).doesNotContainKey(TrackingStatus.UNKNOWN);
    }

    @Test
    void everyFailedAttemptHasExactlyOneNdrReason() {
        List<String> reasons = DhlStatusMap.reasons().values().stream().flatMap(Collection::stream).toList();
        assertThat(reasons).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(DhlStatusMap.statuses().get(TrackingStatus.FAILED_DELIVERY));
        assertThat(DhlStatusMap.ndrReason("NH")).isEqualTo(NdrReason.CONSIGNEE_UNAVAILABLE);
        assertThat(DhlStatusMap.ndrReason("BA")).isEqualTo(NdrReason.ADDRESS_ISSUE);
        assertThat(DhlStatusMap.ndrReason("RD")).isEqualTo(NdrReason.REFUSED);
        assertThat(DhlStatusMap.ndrReason("CA")).isEqualTo(NdrReason.PREMISES_CLOSED);
        assertThat(DhlStatusMap.ndrReason("OK")).isNull();
    }

    @Test
    void theCodesOfMyDhlsExamplesMapAsTheyRead() {
        assertThat(List.of("PU", "AF", "PL", "DF", "RR", "CR", "AR", "WC", "OK").stream().map(DhlStatusMap::status).toList())
                .containsExactly(TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT, TrackingStatus.IN_TRANSIT, TrackingStatus.IN_TRANSIT,
                        TrackingStatus.IN_TRANSIT, TrackingStatus.IN_TRANSIT, TrackingStatus.IN_TRANSIT, TrackingStatus.OUT_FOR_DELIVERY,
                        TrackingStatus.DELIVERED);
    }

    @Test
    void unknownCodesAreUnknownWithoutGuessing() {
        assertThat(DhlStatusMap.status("ZZ")).isEqualTo(TrackingStatus.UNKNOWN);
        assertThat(DhlStatusMap.status(null)).isEqualTo(TrackingStatus.UNKNOWN);
        assertThat(DhlStatusMap.ndrReason("ZZ")).isNull();
        assertThat(DhlStatusMap.status("ok")).isEqualTo(TrackingStatus.DELIVERED);
    }
}
