package io.shipgate.gateway.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address of the client a request comes from: the connection's peer, unless that peer is a trusted proxy
 * ({@code shipgate.storefront.trusted-proxies}); then the right-most {@code X-Forwarded-For} entry that is no trusted
 * proxy (entries left of it are the client's own say and can be forged). Also the public pages' per-client limits.
 */
public final class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]{7,15}|[0-9A-Fa-f:.]{2,45}");

    private final List<IpAddressMatcher> trustedProxies;

    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (trustedProxies.isEmpty() || !trusted(peer)) {
            return peer;
        }
        String forwarded = String.join(",", Collections.list(request.getHeaders("X-Forwarded-For")));
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                continue;
            }
            if (!trusted(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        if (!IP_LITERAL.matcher(address).matches()) {
            return false; // a host name is never resolved
        }
        try {
            return trustedProxies.stream().anyMatch(m -> m.matches(address));
        } catch (IllegalArgumentException e) {
            return false; // not an address
        }
    }
}
