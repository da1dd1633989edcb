package io.shipgate.gateway.recommendation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The split's weighted round robin, on records. */
class LoadSplitTest {

    private final List<SplitShare> shares = List.of(share("delhivery", 50), share("bluedart", 30), share("ecom", 15), share("xpress", 5));

    @Test
    void everyShareIsServedWithinOneOfItsPercentWhenAllAreEligible() {
        LoadSplit split = new LoadSplit(1, shares);
        int[] served = new int[shares.size()];
        for (int n = 1; n <= 1000; n++) {
            served[split.next(s -> true)]++;
            for (int i = 0; i < shares.size(); i++) {
                assertThat((double) served[i]).as("after %d, share %d", n, i)
                        .isBetween(shares.get(i).percent().doubleValue() / 100 * n - 1, shares.get(i).percent().doubleValue() / 100 * n + 1);
            }
        }
        assertThat(served).containsExactly(500, 300, 150, 50);
    }

    @Test
    void sharesWithoutAnEligibleOptionAreSkippedAndTheOthersKeepTheirRatio() {
        LoadSplit split = new LoadSplit(1, shares);
        int[] served = new int[shares.size()];
        Set<String> eligible = Set.of("delhivery", "ecom");
        for (int n = 0; n < 650; n++) {
            served[split.next(s -> eligible.contains(s.carrier()))]++;
        }
        assertThat(served).containsExactly(500, 0, 150, 0);
        assertThat(split.next(s -> false)).as("nothing eligible: nothing served").isEqualTo(-1);
    }

    private static SplitShare share(String carrier, int percent) {
        return new SplitShare(carrier, null, BigDecimal.valueOf(percent));
    }
}
