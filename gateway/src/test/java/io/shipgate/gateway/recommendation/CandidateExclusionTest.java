package io.shipgate.gateway.recommendation;

import io.shipgate.gateway.serviceability.ExclusionReason;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The recommendation passes every serviceability reason on under its name. */
class CandidateExclusionTest {

    @Test
    void everyServiceabilityReasonIsAReasonOfTheRecommendation() {
        assertThat(Arrays.stream(CandidateExclusion.values()).map(Enum::name))
                .containsAll(Arrays.stream(ExclusionReason.values()).map(Enum::name).toList());
    }
}
