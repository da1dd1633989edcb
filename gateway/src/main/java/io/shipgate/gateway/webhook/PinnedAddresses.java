package io.shipgate.gateway.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The JVM's name resolver (registered in {@code META-INF/services}), the JDK's own one but for the
 * host names a webhook delivery has pinned: while a delivery runs, its host resolves to the addresses
 * the {@link WebhookUrlGuard} checked, so the HTTP client connects to exactly those and a DNS answer
 * that changes in between (DNS rebinding) cannot send the request elsewhere. Everything else resolves
 * as without it.
 */
public final class PinnedAddresses extends InetAddressResolverProvider {

    private static final Map<String, Pin> PINS = new ConcurrentHashMap<>();
    private static volatile boolean installed;

    private record Pin(List<InetAddress> addresses, int holders) {
    }

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        installed = true;
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                Pin pin = PINS.get(host.toLowerCase(java.util.Locale.ROOT));
                return pin != null ? pin.addresses().stream() : builtin.lookupByName(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return builtin.lookupByAddress(address);
            }
        };
    }

    @Override
    public String name() {
        return "shipgate-webhook-pins";
    }

    /** Whether the JDK uses this resolver (it does when the gateway's classes are on the class path it starts with). */
    static boolean installed() {
        try {
            InetAddress.getAllByName("localhost");
        } catch (UnknownHostException ignored) {
            // the lookup only makes the JDK load its resolver
        }
        return installed;
    }

    /** Until {@link #unpin}, {@code host} resolves to {@code addresses} (nested pins of one host share the first one's). */
    static void pin(String host, List<InetAddress> addresses) {
        PINS.merge(host.toLowerCase(java.util.Locale.ROOT), new Pin(List.copyOf(addresses), 1),
                (old, added) -> new Pin(old.addresses(), old.holders() + 1));
    }

    static void unpin(String host) {
        PINS.computeIfPresent(host.toLowerCase(java.util.Locale.ROOT),
                (h, pin) -> pin.holders() == 1 ? null : new Pin(pin.addresses(), pin.holders() - 1));
    }
}
