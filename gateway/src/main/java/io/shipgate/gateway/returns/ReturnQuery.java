package io.shipgate.gateway.returns;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.platform.problem.ApiException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** A list of returns: its filters, page size and where the page starts (after {@code after}, newest first). */
record ReturnQuery(TrackingStatus status, String carrier, UUID shipmentId, ReturnReason reason, String reference, Instant createdFrom,
                   Instant createdTo, int limit, Position after) {

    static final int MAX_LIMIT = 100;

    /** The last row of a page, as the next page's cursor. */
    record Position(Instant createdAt, UUID id) {

        String encode() {
            String raw = createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
                return new Position(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), UUID.fromString(parts[2]));
            } catch (RuntimeException e) {
                throw ApiException.invalid("cursor", "is not a cursor this API returned");
            }
        }
    }
}
