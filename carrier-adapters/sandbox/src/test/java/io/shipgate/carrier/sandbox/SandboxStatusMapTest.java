package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.simulator.AttemptFailureReason;
import io.shipgate.carrier.simulator.TrackingCode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxStatusMapTest {

    @Test
    void everySimulatorCodeIsListedExactlyOnce() {
        List<String> listed = SandboxStatusMap.statuses().values().stream().flatMap(Collection::stream).toList();
        assertThat(listed).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(TrackingCode.values()).map(Enum::name).toList());
        assertThat(SandboxStatusMap.statuses()).doesNotContainKey(TrackingStatus.UNKNOWN);
    }

    @Test
    void everyFailedAttemptReasonIsListedExactlyOnce() {
        List<String> listed = SandboxStatusMap.reasons().values().stream().flatMap(Collection::stream).toList();
        assertThat(listed).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(AttemptFailureReason.values()).map(Enum::name).toList());
    }

    @Test
    void unknownCodesKeepTheirPlaceWithoutGuessing() {
        assertThat(SandboxStatusMap.status("XYZ")).isEqualTo(TrackingStatus.UNKNOWN);
        assertThat(SandboxStatusMap.ndrReason("XYZ")).isEqualTo(NdrReason.OTHER);
        assertThat(SandboxStatusMap.ndrReason(null)).isNull();
        assertThat(SandboxStatusMap.status("UND")).isEqualTo(TrackingStatus.FAILED_DELIVERY);
        assertThat(SandboxStatusMap.ndrReason("REF")).isEqualTo(NdrReason.REFUSED);
    }
}
