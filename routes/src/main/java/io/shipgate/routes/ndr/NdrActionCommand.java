package io.shipgate.routes.ndr;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.NdrAction;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Take an action on an NDR case: sent by the API (with the merchant's Idempotency-Key) or by the NDR job for a policy.
 *
 * @param idempotencyKey the key as stored (scoped to NDR actions), or null (a policy's action: once per attempt anyway)
 * @param requestHash    the digest of the case and the request, for replays
 * @param actionId       the id the action gets when it is recorded
 * @param actor          who asks: {@code api_key:<id>} or {@code policy:<id>}
 * @param policyId       the policy that acts, or null for the API
 */
public record NdrActionCommand(UUID tenantId, UUID caseId, String idempotencyKey, String requestHash, UUID actionId,
                               NdrAction action, LocalDate deferredDate, Address newAddress, String newPhone, String remarks,
                               String actor, UUID policyId) {

    @Override
    public String toString() {
        // the address and phone are personal data: never in logs
        return "NdrActionCommand[case=" + caseId + ", action=" + action + ", actionId=" + actionId + ", actor=" + actor + "]";
    }
}
