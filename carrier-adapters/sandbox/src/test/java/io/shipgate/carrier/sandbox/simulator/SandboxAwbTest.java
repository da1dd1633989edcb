package io.shipgate.carrier.sandbox.simulator;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxAwbTest {

    private static final Instant CREATED = Instant.parse("2026-01-12T15:00:00.123Z");
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @Test
    void awbsCreatedInTheSameMillisecondAreDistinctValidAndTellTheirCreationTime() {
        SplittableRandom random = new SplittableRandom(42);
        Set<String> awbs = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String awb = SandboxAwb.create(CREATED, random);
            assertThat(awb).hasSize(SandboxAwb.LENGTH).startsWith("SB").matches("[0-9A-Z]+");
            assertThat(SandboxAwb.isValid(awb)).as(awb).isTrue();
            assertThat(SandboxAwb.createdAt(awb)).isEqualTo(CREATED);
            awbs.add(awb);
        }
        assertThat(awbs).hasSize(2_000);
    }

    @Test
    void everySingleCharacterChangeIsDetected() {
        String awb = SandboxAwb.create(CREATED, new SplittableRandom(7));
        for (int position = 2; position < awb.length(); position++) {
            for (char replacement : ALPHABET.toCharArray()) {
                if (replacement != awb.charAt(position)) {
                    String changed = awb.substring(0, position) + replacement + awb.substring(position + 1);
                    assertThat(SandboxAwb.isValid(changed)).as(changed).isFalse();
                }
            }
        }
        assertThat(SandboxAwb.isValid(awb.toLowerCase())).isFalse();
        assertThat(SandboxAwb.isValid("XX" + awb.substring(2))).isFalse();
        assertThat(SandboxAwb.isValid(awb.substring(1))).isFalse();
        assertThat(SandboxAwb.isValid(null)).isFalse();
    }
}
