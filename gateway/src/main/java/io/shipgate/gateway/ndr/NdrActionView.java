package io.shipgate.gateway.ndr;

import io.shipgate.gateway.shipment.AddressView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "An action taken on an NDR case: what was asked, by whom, and the carrier's answer.")
public record NdrActionView(
        @Schema(description = "The action's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "The NDR case's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID ndrId,
        @Schema(description = "The failed attempt it answers (one action per attempt, a rejected one aside)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        int attempt,
        @Schema(description = "re_attempt, reschedule, change_address, change_phone or return_to_origin",
                requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"re_attempt", "reschedule", "change_address", "change_phone",
                "return_to_origin"})
        String action,
        @Schema(description = "Who took it: api (an API key, a console user on the NDR desk, or the customer through the "
                + "tracking page's self-service link) or policy", requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"api", "policy"})
        String source,
        @Schema(description = "api_key:<the key's id>, console:<the console user's email>, customer, "
                + "or policy:<the policy's id>", requiredMode = Schema.RequiredMode.REQUIRED)
        String actor,
        @Schema(description = "The policy that took it, for source policy")
        UUID policyId,
        @Schema(description = "For reschedule: the day of the next delivery attempt")
        LocalDate deferredDate,
        @Schema(description = "For change_address: the new address")
        AddressView newAddress,
        @Schema(description = "For change_phone: the new phone number")
        String newPhone,
        @Schema(description = "The remarks sent to the carrier")
        String remarks,
        @Schema(description = "accepted; pending (the carrier works on it: carrier_request_id, settled by the next tracking events); "
                + "rejected (carrier_message says why); running (the carrier is being called)",
                requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"running", "accepted", "pending", "rejected"})
        String status,
        @Schema(description = "The carrier's id of the request, to follow a pending one")
        String carrierRequestId,
        @Schema(description = "The carrier's code of a refusal")
        String carrierCode,
        @Schema(description = "The carrier's words about it (the reason of a rejection)")
        String carrierMessage,
        @Schema(description = "When it was asked", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When the carrier answered")
        Instant answeredAt) {
}
