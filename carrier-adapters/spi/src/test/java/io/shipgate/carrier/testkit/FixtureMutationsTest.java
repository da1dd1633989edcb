package io.shipgate.carrier.testkit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FixtureMutationsTest {

    @Test
    void variantsCoverRemovalNullsOrderAndUnknownFields() {
        List<FixtureMutations.Variant> variants = FixtureMutations.variants("""
                {"awb": "123", "events": [{"code": "A", "at": 1}, {"code": "B", "at": 2}]}""").toList();

        assertThat(variants).extracting(FixtureMutations.Variant::name).contains("without /awb", "/awb null", "/awb empty",
                "/events reversed", "/events/0/at as text", " with unknown fields", "without /events/1");
        assertThat(variants).filteredOn(v -> v.name().equals("/events reversed")).singleElement()
                .satisfies(v -> assertThat(v.json()).contains("[{\"code\":\"B\",\"at\":2},{\"code\":\"A\",\"at\":1}]"));
        assertThat(variants).filteredOn(v -> v.name().equals("without /awb")).singleElement()
                .satisfies(v -> assertThat(v.json()).doesNotContain("awb"));
    }

    @Test
    void aBigDocumentIsBoundedAndNotJsonHasNoVariants() {
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            big.append(i == 0 ? "" : ",").append("{\"n\":").append(i).append('}');
        }
        assertThat(FixtureMutations.variants(big.append(']').toString())).hasSize(FixtureMutations.MAX_VARIANTS);
        assertThat(FixtureMutations.variants("<xml/>")).isEmpty();
    }
}
