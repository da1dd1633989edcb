package io.shipgate.gateway.webhook;

import io.shipgate.gateway.platform.problem.ApiException;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The SSRF rule for webhook URLs: https, and every address the host resolves to public. Loopback,
 * link-local, private (RFC 1918, carrier-grade NAT), unique-local, multicast, unspecified and
 * reserved addresses are refused, and cloud metadata addresses always. With
 * {@code shipgate.webhooks.allow-private-urls} (development, tests) http and all but metadata
 * addresses are allowed. Checked when an endpoint is registered and again before each delivery,
 * after resolving the host; the delivery then connects to the addresses checked ({@link PinnedAddresses}).
 */
final class WebhookUrlGuard {

    static final int MAX_URL_LENGTH = 2048;

    /** Metadata services of cloud providers (AWS, GCP, Azure, OpenStack; AWS IPv6; Alibaba). */
    private static final List<String> METADATA = List.of("169.254.169.254", "fd00:ec2:0:0:0:0:0:254", "100.100.100.200");

    /** What resolves host names: the JDK's resolver, or a test's. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    WebhookUrlGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    WebhookUrlGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** A URL checked for registration, or a 400 naming {@code url}. */
    URI checkRegistration(String url) {
        URI uri = parse(url);
        try {
            resolveAllowed(uri);
        } catch (Refused e) {
            throw ApiException.invalid("url", e.getMessage());
        }
        return uri;
    }

    /** The syntax part of the rule: an absolute http(s) URL with a host and nothing a receiver should not see. */
    URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw ApiException.invalid("url", "is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw ApiException.invalid("url", "must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiException.invalid("url", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            throw ApiException.invalid("url", allowPrivate ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw ApiException.invalid("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ApiException.invalid("url", "must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw ApiException.invalid("url", "must not have a fragment");
        }
        return uri;
    }

    /**
     * The addresses {@code uri}'s host resolves to, every one of them allowed; else {@link Refused}
     * (the host does not resolve, or one of its addresses is not allowed).
     */
    List<InetAddress> resolveAllowed(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("its host does not resolve");
        }
        if (addresses.length == 0) {
            throw new Refused("its host does not resolve");
        }
        for (InetAddress address : addresses) {
            String why = refusal(address);
            if (why != null) {
                throw new Refused("resolves to " + why + " address " + address.getHostAddress()
                        + (allowPrivate ? "" : ": only public addresses take webhooks"));
            }
        }
        return Arrays.asList(addresses);
    }

    /** Why {@code address} takes no webhooks (a kind of address), or null. */
    String refusal(InetAddress address) {
        InetAddress a = unmapped(address);
        if (METADATA.contains(a.getHostAddress())) {
            return "a cloud metadata";
        }
        if (allowPrivate) {
            return null;
        }
        if (a.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (a.isLoopbackAddress()) {
            return "a loopback";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "a private";
        }
        if (a.isMulticastAddress()) {
            return "a multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 0 || first >= 240) {
                return "a reserved";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a private"; // carrier-grade NAT, RFC 6598
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "a reserved"; // benchmarking, RFC 2544
            }
            if (first == 192 && second == 0 && (b[2] & 0xFF) == 0) {
                return "a reserved"; // IETF protocol assignments
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return "a unique-local";
            }
            if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0xC0) {
                return "a site-local";
            }
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped or IPv4-compatible IPv6 address, else the address itself. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            boolean zeros = true;
            for (int i = 0; i < 10; i++) {
                zeros &= b[i] == 0;
            }
            boolean mapped = zeros && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
            boolean compatible = zeros && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
            if (mapped || compatible) {
                try {
                    return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return address;
    }

    /** The URL may not take webhooks (its message says why, naming no secret). */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
