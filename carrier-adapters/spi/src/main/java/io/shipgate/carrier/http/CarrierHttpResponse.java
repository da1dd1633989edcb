package io.shipgate.carrier.http;

import io.shipgate.carrier.spi.CarrierErrorCategory;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** A carrier's HTTP answer. Non-2xx answers are returned, not thrown: the adapter reads the carrier's error body. */
public record CarrierHttpResponse(int status, HttpHeaders headers, byte[] body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /**
     * The error category an HTTP status means when the carrier's body says nothing more precise:
     * 401/403 authentication, 429 rate limited, 5xx unavailable, other 4xx invalid request.
     */
    public CarrierErrorCategory defaultCategory() {
        if (status == 401 || status == 403) {
            return CarrierErrorCategory.AUTHENTICATION;
        }
        if (status == 429) {
            return CarrierErrorCategory.RATE_LIMITED;
        }
        if (status == 408 || status == 504) {
            return CarrierErrorCategory.TIMEOUT;
        }
        if (status >= 500) {
            return CarrierErrorCategory.UNAVAILABLE;
        }
        if (status >= 400) {
            return CarrierErrorCategory.INVALID_REQUEST;
        }
        return CarrierErrorCategory.UNKNOWN;
    }

    /** Whether repeating the call is safe by its status alone: throttling and unavailability are. */
    public boolean retryableByStatus() {
        return status == 429 || status == 502 || status == 503;
    }

    /** The Retry-After header in seconds, when the carrier sent one. */
    public Duration retryAfter() {
        return header("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v.trim())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}
