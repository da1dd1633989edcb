package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a cancellation: what it did, and the shipment as it now stands. */
@Schema(description = "A shipment after POST /v1/shipments/{id}/cancel: every field of the shipment, and the cancellation's outcome.")
public record ShipmentCancellationView(
        @Schema(description = "cancelled: the label is void (status CANCELLED); rto_requested: the carrier had the parcel already and "
                + "was asked to return it to origin (status RTO_REQUESTED, then the carrier's RTO_* statuses)",
                requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"cancelled", "rto_requested"}, example = "cancelled")
        String outcome,
        @JsonUnwrapped
        ShipmentView shipment) {

    public static final String CANCELLED = "cancelled";
    public static final String RTO_REQUESTED = "rto_requested";
}
