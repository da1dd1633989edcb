package io.shipgate.carrier.simulator;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxAwbTest {

    private static final Instant CREATED = Instant.parse("2026-01-12T15:00:00.123Z");
    private static final String CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Owner OWNER = Owner.of("a secret of thirty-two bytes....".getBytes(), "owner-key");

    @Test
    void awbsCreatedInTheSameMillisecondAreDistinctValidAndTellTheirCreationTimeAndOwner() {
        SplittableRandom random = new SplittableRandom(42);
        Set<String> awbs = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String awb = SandboxAwb.create(CREATED, random, OWNER::tag);
            assertThat(awb).hasSize(SandboxAwb.LENGTH).matches("SB[0-9]{28}");
            assertThat(SandboxAwb.isValid(awb)).as(awb).isTrue();
            assertThat(SandboxAwb.createdAt(awb)).isEqualTo(CREATED);
            assertThat(SandboxAwb.ownerTag(awb)).isEqualTo(OWNER.tag(awb.substring(0, SandboxAwb.TAGGED_LENGTH)));
            assertThat(OWNER.owns(awb)).isTrue();
            awbs.add(awb);
        }
        assertThat(awbs).hasSize(2_000);
    }

    @Test
    void theOwnerTagDependsOnTheKeyTheSecretAndTheAwb() {
        String awb = SandboxAwb.create(CREATED, new SplittableRandom(1), OWNER::tag);
        Owner sameKeyOtherSecret = Owner.of("another secret, thirty-two bytes".getBytes(), "owner-key");
        Owner otherKey = Owner.of("a secret of thirty-two bytes....".getBytes(), "owner-key2");

        assertThat(sameKeyOtherSecret.owns(awb)).isFalse();
        assertThat(otherKey.owns(awb)).isFalse();
        assertThat(OWNER.tag(awb.substring(0, SandboxAwb.TAGGED_LENGTH))).isNotEqualTo(OWNER.tag(SandboxAwb.create(CREATED, new SplittableRandom(2), OWNER::tag)
                .substring(0, SandboxAwb.TAGGED_LENGTH)));
    }

    @Test
    void everySingleCharacterChangeIsDetected() {
        String awb = SandboxAwb.create(CREATED, new SplittableRandom(7), OWNER::tag);
        for (int position = 2; position < awb.length(); position++) {
            for (char replacement : CHARACTERS.toCharArray()) {
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

    @Test
    void anOwnerTagIsSevenDigits() {
        for (UnaryOperator<String> tag : Set.<UnaryOperator<String>>of(tagged -> "123456", tagged -> "12345678", tagged -> "12345A7")) {
            assertThatThrownBy(() -> SandboxAwb.create(CREATED, new SplittableRandom(3), tag)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
