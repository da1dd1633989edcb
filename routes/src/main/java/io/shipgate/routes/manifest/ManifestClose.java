package io.shipgate.routes.manifest;

import io.shipgate.carrier.model.ManifestConfirmation;

/** What the carrier said to an end-of-day close. */
public sealed interface ManifestClose {

    /** The carrier closed the day: its manifest number and answer. */
    record Closed(ManifestConfirmation confirmation) implements ManifestClose {
    }

    /** The carrier has no close operation (no {@code CLOSE_MANIFEST}): the manifest is the gateway's own only. */
    record NotSupported(String carrier) implements ManifestClose {
    }
}
