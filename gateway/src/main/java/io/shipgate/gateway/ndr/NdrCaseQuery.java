package io.shipgate.gateway.ndr;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.gateway.platform.problem.ApiException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Filters and keyset pagination of the NDR case list, newest first.
 *
 * @param raisedBefore cases raised before this (the list's {@code older_than})
 * @param raisedAfter  cases raised after this ({@code newer_than})
 * @param after        the last case of the previous page, decoded from the opaque cursor
 */
record NdrCaseQuery(String status, String carrier, NdrReason reason, Integer attempts, Instant raisedBefore, Instant raisedAfter,
                    int limit, Position after) {

    static final int MAX_LIMIT = 100;

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
