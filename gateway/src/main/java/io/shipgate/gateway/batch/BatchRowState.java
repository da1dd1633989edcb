package io.shipgate.gateway.batch;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Locale;

/** Where a row of a batch stands. */
@Schema(description = "A batch row's state: invalid (refused when the batch was submitted, never bought), pending (waiting to be "
        + "bought), created (its shipment is bought, now or before under the same reference), failed (the purchase was refused)",
        enumAsRef = true)
public enum BatchRowState {
    INVALID, PENDING, CREATED, FAILED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static BatchRowState of(String column) {
        return valueOf(column.toUpperCase(Locale.ROOT));
    }
}
