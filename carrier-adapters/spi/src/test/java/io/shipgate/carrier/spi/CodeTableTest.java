package io.shipgate.carrier.spi;

import io.shipgate.carrier.model.TrackingStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeTableTest {

    @Test
    void codesAreLookedUpAndUnknownOnesFallBack() {
        CodeTable<TrackingStatus> table = CodeTable.of(Map.of(TrackingStatus.DELIVERED, List.of("DL", "OK"),
                TrackingStatus.IN_TRANSIT, List.of("IT")), c -> c.strip().toUpperCase(Locale.ROOT));
        assertThat(table.get(" ok ", TrackingStatus.UNKNOWN)).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(table.get("ZZ", TrackingStatus.UNKNOWN)).isEqualTo(TrackingStatus.UNKNOWN);
        assertThat(table.get(null, TrackingStatus.UNKNOWN)).isEqualTo(TrackingStatus.UNKNOWN);
        assertThat(table.find("it")).contains(TrackingStatus.IN_TRANSIT);
    }

    @Test
    void aCodeListedTwiceIsRefusedWhenTheTableIsBuilt() {
        assertThatThrownBy(() -> CodeTable.of(Map.of(TrackingStatus.DELIVERED, List.of("DL"), TrackingStatus.IN_TRANSIT, List.of("DL"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'DL'");
    }
}
