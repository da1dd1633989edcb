package io.shipgate.routes.ndr;

import io.shipgate.carrier.model.NdrActionResult;

import java.util.UUID;

/** What {@link NdrActionRoute} answers: the action recorded now, or (same Idempotency-Key, same request) the one recorded before. */
public sealed interface NdrActionOutcome {

    UUID actionId();

    /** The carrier answered (accepted, pending or rejected: {@code status}) and the action is recorded. */
    record Recorded(UUID actionId, NdrActionResult.Status status) implements NdrActionOutcome {
    }

    /** The key's request was answered before: nothing was sent to the carrier this time. */
    record Replayed(UUID actionId) implements NdrActionOutcome {
    }
}
