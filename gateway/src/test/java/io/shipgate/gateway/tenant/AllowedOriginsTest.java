package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Allowed origins as browsers send Origin: scheme://host[:port], lower case, default port dropped; https except locally. */
class AllowedOriginsTest {

    @Test
    void originsAreWrittenAsBrowsersSendThem() {
        assertThat(AllowedOrigins.normalize("o", List.of("HTTPS://Shop.Example.com/", "https://shop.example.com:443", "https://a.example:8443",
                "http://localhost:3000", "http://[::1]:8080", "http://127.0.0.1")))
                .containsExactly("https://shop.example.com", "https://a.example:8443", "http://localhost:3000", "http://[::1]:8080",
                        "http://127.0.0.1");
    }

    @Test
    void anythingButAnOriginIsRefusedNamingItsIndex() {
        for (String wrong : List.of("http://shop.example.com", "https://shop.example.com/checkout", "https://shop.example.com?x=1",
                "https://*.example.com", "https://user@shop.example.com", "shop.example.com", "null", "", "wss://shop.example.com")) {
            assertThatThrownBy(() -> AllowedOrigins.normalize("allowed_origins", List.of("https://ok.example", wrong))).as(wrong)
                    .isInstanceOf(ApiException.class).hasMessageContaining("allowed_origins[1]");
        }
    }
}
