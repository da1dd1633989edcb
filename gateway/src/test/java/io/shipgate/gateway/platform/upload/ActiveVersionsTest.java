package io.shipgate.gateway.platform.upload;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The version check that carries another node's upload into this node's memory. */
class ActiveVersionsTest {

    /** The "database": the version in force per key, and the activations in generation order. */
    private final Map<String, Integer> inForce = new ConcurrentHashMap<>();
    private final List<ActiveVersions.Activation<String>> log = new ArrayList<>();
    private final AtomicInteger loads = new AtomicInteger();

    private final ActiveVersions<String, Integer> versions = new ActiveVersions<>("test", 100, (k, v) -> 1,
            key -> {
                loads.incrementAndGet();
                return inForce.get(key);
            },
            new ActiveVersions.Activations<>() {
                @Override
                public long generation() {
                    return log.size();
                }

                @Override
                public List<ActiveVersions.Activation<String>> activatedAfter(long generation) {
                    return List.copyOf(log.subList((int) generation, log.size()));
                }
            }, Duration.ofHours(1));

    private void activate(String key, int version) {
        inForce.put(key, version);
        log.add(new ActiveVersions.Activation<>(key, log.size() + 1));
    }

    @Test
    void eachPollServesTheNewestVersionOfAHeldKeyAsSoonAsItReturns() {
        activate("a", 1);
        versions.start();
        try {
            assertThat(versions.get("a")).isEqualTo(1);
            for (int version = 2; version <= 5; version++) {
                activate("a", version);
                versions.refresh();
                assertThat(versions.get("a")).as("after the poll that saw version " + version).isEqualTo(version);
            }
        } finally {
            versions.stop();
        }
    }

    @Test
    void aKeyActivatedSeveralTimesBetweenPollsIsReadOnceAndKeysNotHeldAreNotRead() {
        activate("a", 1);
        versions.start();
        try {
            versions.get("a");
            int before = loads.get();
            activate("a", 2);
            activate("a", 3);
            activate("b", 1);
            versions.refresh();
            assertThat(loads.get() - before).isEqualTo(1);
            assertThat(versions.get("a")).isEqualTo(3);
            versions.refresh();
            assertThat(loads.get() - before).as("nothing new: nothing read").isEqualTo(2 - 1);
        } finally {
            versions.stop();
        }
    }
}
