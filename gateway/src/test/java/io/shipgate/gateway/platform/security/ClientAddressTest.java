package io.shipgate.gateway.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The client address of a publishable key's rate limit: X-Forwarded-For is read only from a trusted proxy, right to left. */
class ClientAddressTest {

    private static MockHttpServletRequest from(String peer, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/edd");
        request.setRemoteAddr(peer);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverItForwards() {
        ClientAddress clients = new ClientAddress(List.of());
        assertThat(clients.of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8", "192.0.2.10"));
        // the shopper forged "1.2.3.4"; the proxies appended the address they saw
        assertThat(clients.of(from("10.1.2.3", "1.2.3.4, 203.0.113.7, 192.0.2.10"))).isEqualTo("203.0.113.7");
        assertThat(clients.of(from("10.1.2.3", "1.2.3.4", "203.0.113.7"))).as("several headers are one list").isEqualTo("203.0.113.7");
        assertThat(clients.of(from("10.1.2.3"))).as("nothing forwarded").isEqualTo("10.1.2.3");
        assertThat(clients.of(from("203.0.113.9", "1.2.3.4"))).as("not from a trusted proxy").isEqualTo("203.0.113.9");
        assertThat(clients.of(from("10.1.2.3", "2001:db8::1"))).isEqualTo("2001:db8::1");
        assertThat(clients.of(from("10.1.2.3", "proxy.internal, 203.0.113.7"))).as("a name is never resolved, nor trusted")
                .isEqualTo("203.0.113.7");
    }
}
