package io.shipgate.gateway.platform.upload;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Weigher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The versions in force of uploaded data (serviceability tables, rate cards), in memory per key, so that the hot path
 * reads no database: loaded on first use, kept within a weight (rows, lines) per node, the least recently used dropped
 * and read again when asked.
 *
 * <p>Across nodes, a version check: every {@code refreshInterval} the node asks the owner's table for the activations
 * after the last generation it saw (a generation row counts them in commit order, so none is skipped) and reloads
 * those keys in the background, serving the version it has until the new one is loaded. So another node answers from
 * a new version within about the interval plus its load; the node that took the upload calls {@link #activated} and
 * forgets its copy at once. Chosen over LISTEN/NOTIFY as the simpler of the two that is correct on any number of
 * nodes: no dedicated connection, nothing missed while one reconnects.
 *
 * <p>The owning module's component creates one and calls {@link #start} and {@link #stop} from its lifecycle.
 */
public final class ActiveVersions<K, V> {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveVersions.class);

    /** A key whose version was activated, with the activation's generation. */
    public record Activation<K>(K key, long generation) {
    }

    /** Where activations are counted: the owner's generation row and its versions' generations. */
    public interface Activations<K> {
        /** The generation now (the last activation committed). */
        long generation();

        /** The activations after {@code generation}, on any node. */
        List<Activation<K>> activatedAfter(long generation);
    }

    private final String name;
    private final Activations<K> activations;
    private final Duration refreshInterval;
    private final Function<K, V> loader;
    private final LoadingCache<K, V> versions;
    private volatile long generation;
    private volatile ScheduledExecutorService poller;

    /**
     * @param name      what is held, for the poller's thread and the log ("serviceability tables")
     * @param maxWeight the most weight held per node
     * @param weigher   a value's weight (its rows or lines; at least 1, so that an empty value counts)
     * @param loader    reads the version in force of a key from the database
     */
    public ActiveVersions(String name, long maxWeight, Weigher<K, V> weigher, Function<K, V> loader, Activations<K> activations,
                          Duration refreshInterval) {
        this.name = name;
        this.activations = activations;
        this.refreshInterval = refreshInterval;
        this.loader = loader;
        this.versions = Caffeine.newBuilder().maximumWeight(maxWeight).weigher(weigher).build(loader::apply);
    }

    /** The version in force of the key, loaded when it is not held. */
    public V get(K key) {
        return versions.get(key);
    }

    /** This node activated a version of the key: forget what it had (call once the activation committed). */
    public void activated(K key) {
        versions.invalidate(key);
    }

    /**
     * Reloads the keys activated on any node since the last poll, on the calling (poller) thread: a held key is read
     * again from the database and replaced, so the node serves the version it has until the new one is in; a key not
     * held is dropped, in case a load under way read the version before. Loaded here rather than by the cache's
     * asynchronous refresh, which joins a refresh already in flight (one that may have read the older version) and
     * waits for a free thread of the shared pool.
     */
    public void refresh() {
        long seen = generation;
        Set<K> changed = new LinkedHashSet<>();
        for (Activation<K> activation : activations.activatedAfter(seen)) {
            changed.add(activation.key());
            seen = Math.max(seen, activation.generation());
        }
        for (K key : changed) {
            if (versions.getIfPresent(key) != null) {
                V loaded = loader.apply(key);
                versions.asMap().computeIfPresent(key, (k, held) -> loaded);
            } else {
                versions.invalidate(key);
            }
        }
        generation = seen;
    }

    public synchronized void start() {
        generation = activations.generation();
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(name.replace(' ', '-') + "-refresh").factory());
        long every = refreshInterval.toMillis();
        poller.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                LOG.warn("{}: cannot ask for new versions ({}); trying again in {} ms", name, e.getClass().getSimpleName(), every);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    public boolean isRunning() {
        return poller != null;
    }
}
