package io.shipgate.gateway.carrier;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A stored carrier account with its credentials decrypted; never rendered or logged as is. */
record CarrierAccountRecord(UUID id, UUID tenantId, String carrier, String name, Map<String, String> settings,
                            Map<String, String> credentials, boolean enabled, Instant createdAt, Instant updatedAt) {

    /** The carrier whose accounts are sandbox accounts: the simulated carrier, the only one a test API key may use. */
    static final String SANDBOX_CARRIER = "sandbox";

    boolean sandbox() {
        return SANDBOX_CARRIER.equals(carrier);
    }

    @Override
    public String toString() {
        return "CarrierAccountRecord[id=" + id + ", carrier=" + carrier + ", credentials hidden]";
    }
}
