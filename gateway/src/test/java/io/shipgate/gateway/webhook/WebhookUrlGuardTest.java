package io.shipgate.gateway.webhook;

import io.shipgate.gateway.platform.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SSRF rule as production runs it: shipgate.webhooks.allow-private-urls off. */
class WebhookUrlGuardTest {

    private final WebhookUrlGuard guard = new WebhookUrlGuard(false, host -> InetAddress.getAllByName(host));

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/h", "https://127.8.9.10/h", "https://[::1]/h", "https://10.1.2.3/h", "https://172.16.0.1/h",
            "https://192.168.1.1/h", "https://169.254.10.10/h", "https://169.254.169.254/latest/meta-data", "https://[fe80::1]/h",
            "https://[fc00::1]/h", "https://[fd12:3456::1]/h", "https://[::ffff:127.0.0.1]/h", "https://[::ffff:10.0.0.1]/h",
            "https://100.64.0.1/h", "https://224.0.0.1/h", "https://[ff02::1]/h", "https://0.0.0.0/h", "https://[::]/h",
            "https://255.255.255.255/h", "https://localhost/h"})
    void nonPublicAddressesAreRefusedNamingTheUrl(String url) {
        assertThatThrownBy(() -> guard.checkRegistration(url)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.getMessage()).startsWith("url: ");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/h", "ftp://93.184.215.14/h", "https:///h", "https://user:pw@93.184.215.14/h", "not a url",
            "https://93.184.215.14/h#frag"})
    void onlyPlainHttpsUrlsAreTaken(String url) {
        assertThatThrownBy(() -> guard.checkRegistration(url)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getMessage()).startsWith("url: "));
    }

    @Test
    void publicHttpsUrlsAreTaken() {
        assertThat(guard.checkRegistration("https://93.184.215.14/hooks?x=1")).hasHost("93.184.215.14");
        assertThat(guard.checkRegistration("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hooks")).isNotNull();
    }

    @Test
    void aHostIsRefusedIfAnyOfItsAddressesIsNotPublic() {
        WebhookUrlGuard g = new WebhookUrlGuard(false, host -> new InetAddress[]{
                InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.5")});
        assertThatThrownBy(() -> g.checkRegistration("https://hooks.example/x")).hasMessageContaining("10.0.0.5");
    }

    @Test
    void aNameThatResolvesToAPrivateAddressAtDeliveryIsRefusedThen() {
        // DNS rebinding: public when registered, private when delivering
        AtomicInteger lookups = new AtomicInteger();
        WebhookUrlGuard g = new WebhookUrlGuard(false, host -> new InetAddress[]{
                InetAddress.getByName(lookups.getAndIncrement() == 0 ? "93.184.215.14" : "127.0.0.1")});
        URI uri = g.checkRegistration("https://rebind.example/x");
        assertThatThrownBy(() -> g.resolveAllowed(uri)).isInstanceOf(WebhookUrlGuard.Refused.class).hasMessageContaining("loopback");
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        WebhookUrlGuard g = new WebhookUrlGuard(false, host -> {
            throw new UnknownHostException(host);
        });
        assertThatThrownBy(() -> g.checkRegistration("https://nowhere.example/x")).hasMessage("url: its host does not resolve");
    }

    @Test
    void theDevelopmentSettingAllowsHttpAndLoopbackButNeverMetadata() {
        WebhookUrlGuard dev = new WebhookUrlGuard(true);
        assertThat(dev.checkRegistration("http://127.0.0.1:8080/h")).isNotNull();
        assertThatThrownBy(() -> dev.checkRegistration("http://169.254.169.254/latest")).hasMessageContaining("metadata");
    }

    @Test
    void theJvmResolvesThroughThePins() throws Exception {
        assertThat(PinnedAddresses.installed()).isTrue();
        PinnedAddresses.pin("pinned.shipgate.test", java.util.List.of(InetAddress.getByName("192.0.2.7")));
        try {
            assertThat(InetAddress.getByName("pinned.shipgate.test").getHostAddress()).isEqualTo("192.0.2.7");
        } finally {
            PinnedAddresses.unpin("pinned.shipgate.test");
        }
    }
}
