package io.shipgate.carrier.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The sandbox's tracking document, which both {@code GET /v1/tracking/{awb}} ({@code tracking/})
 * and the tracking push ({@code webhook/}) carry: its events to universal ones through
 * {@link SandboxStatusMap}, each with its local time and offset (the sandbox always gives one).
 */
public final class SandboxTracking {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record WireTracking(String awb, String status, LocalDate estimatedDelivery, List<WireEvent> events) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record WireEvent(String code, String reasonCode, String description, WireLocation location, OffsetDateTime timestamp) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record WireLocation(String city, String state, String postalCode, String country) {
    }

    private SandboxTracking() {
    }

    /**
     * The universal result of a tracking document. The status is the latest event's when the
     * document's own is missing; a delivered result carries its delivery time and no estimate.
     */
    public static TrackingResult result(WireTracking tracking, byte[] raw) {
        if (tracking == null || tracking.awb() == null || tracking.awb().isBlank()) {
            throw SandboxErrors.unreadable("the tracking answer has no awb");
        }
        List<TrackingEvent> events = tracking.events() == null ? List.of()
                : tracking.events().stream().filter(Objects::nonNull).map(SandboxTracking::event).toList();
        TrackingStatus status = tracking.status() != null ? SandboxStatusMap.status(tracking.status())
                : events.stream().reduce((a, b) -> b.occurredAt().isBefore(a.occurredAt()) ? a : b)
                .map(TrackingEvent::status).orElse(TrackingStatus.UNKNOWN);
        return new TrackingResult(tracking.awb(), status, events, tracking.estimatedDelivery(),
                new String(raw, StandardCharsets.UTF_8), null, null);
    }

    private static TrackingEvent event(WireEvent event) {
        if (event.code() == null || event.timestamp() == null) {
            throw SandboxErrors.unreadable("a tracking event has no code or no time");
        }
        TrackingStatus status = SandboxStatusMap.status(event.code());
        WireLocation location = event.location();
        return new TrackingEvent(status,
                status == TrackingStatus.FAILED_DELIVERY ? SandboxStatusMap.ndrReason(event.reasonCode()) : null,
                event.code(), event.description(),
                location == null ? null : new EventLocation(location.city(), location.state(), location.postalCode(), location.country()),
                event.timestamp());
    }
}
