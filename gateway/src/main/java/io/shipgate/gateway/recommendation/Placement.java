package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why an option is where it is in the ranking. */
@Schema(description = "SCORE: by its score; PREFERENCE: first by a pinned preference with always_first; SPLIT: first by the load "
        + "distribution's split (its carrier's turn).")
public enum Placement {
    SCORE, PREFERENCE, SPLIT
}
