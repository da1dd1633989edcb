package io.shipgate.carrier.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class UnitsTest {

    @Test
    void poundsConvertToKilogramsAndBack() {
        Weight fourPounds = Weight.of("4", WeightUnit.LB);
        assertThat(fourPounds.in(WeightUnit.KG, 3)).isEqualByComparingTo("1.814");
        assertThat(fourPounds.in(WeightUnit.G, 0)).isEqualByComparingTo("1814");
        assertThat(Weight.of("1.814", WeightUnit.KG).in(WeightUnit.LB, 2)).isEqualByComparingTo("4.00");
        assertThat(Weight.of("16", WeightUnit.OZ).in(WeightUnit.LB, 3)).isEqualByComparingTo("1.000");
    }

    @Test
    void weightsOfDifferentUnitsAdd() {
        Weight total = Weight.of("1", WeightUnit.KG).plus(Weight.of("500", WeightUnit.G));
        assertThat(total.unit()).isEqualTo(WeightUnit.KG);
        assertThat(total.value()).isEqualByComparingTo("1.5");
    }

    @Test
    void inchesConvertToCentimetres() {
        Dimensions box = Dimensions.of("12", "9", "6", DimensionUnit.IN).to(DimensionUnit.CM);
        assertThat(box.length()).isEqualByComparingTo("30.48");
        assertThat(box.width()).isEqualByComparingTo("22.86");
        assertThat(box.height()).isEqualByComparingTo("15.24");
        assertThat(Dimensions.of("10", "10", "10", DimensionUnit.CM).cubicCentimetres()).isEqualByComparingTo(new BigDecimal("1000"));
    }

    @Test
    void trackingStatusCodesAreUniqueAndMatchTheTaxonomy() {
        Set<Integer> codes = Arrays.stream(TrackingStatus.values()).map(TrackingStatus::code).collect(Collectors.toSet());
        assertThat(codes).hasSize(TrackingStatus.values().length);
        assertThat(TrackingStatus.ofCode(9)).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(TrackingStatus.ofCode(99)).isEqualTo(TrackingStatus.UNKNOWN);
        assertThat(Arrays.stream(TrackingStatus.values()).filter(TrackingStatus::terminal))
                .containsExactlyInAnyOrder(TrackingStatus.DELIVERED, TrackingStatus.CANCELLED, TrackingStatus.RTO_DELIVERED,
                        TrackingStatus.LOST, TrackingStatus.DAMAGED, TrackingStatus.RETURN_DELIVERED);
    }

    @Test
    void moneyAddsOnlyInOneCurrency() {
        assertThat(Money.of("1.10", "USD").plus(Money.of("2.205", "USD")).rounded()).isEqualTo(Money.of("3.31", "USD"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
