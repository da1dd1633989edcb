package io.shipgate.carrier.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A thread-safe map that forgets its least recently used entry beyond {@code capacity}, so memory stays bounded. */
final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    BoundedCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized V putIfAbsent(K key, V value) {
        return entries.putIfAbsent(key, value);
    }

    /** Replaces the entry by what {@code remapping} makes of the current value (null when absent), atomically. */
    synchronized V compute(K key, UnaryOperator<V> remapping) {
        return entries.compute(key, (k, current) -> remapping.apply(current));
    }

    /** A copy of the keys now held. */
    synchronized Set<K> keys() {
        return Set.copyOf(entries.keySet());
    }

    synchronized V remove(K key) {
        return entries.remove(key);
    }

    synchronized boolean remove(K key, V value) {
        return entries.remove(key, value);
    }

}
