package io.shipgate.gateway.carrier;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A stored carrier account with its credentials decrypted; never rendered or logged as is. */
record CarrierAccountRecord(UUID id, UUID tenantId, String carrier, String name, Map<String, String> settings,
                            Map<String, String> credentials, boolean enabled, Instant createdAt, Instant updatedAt) {

    @Override
    public String toString() {
        return "CarrierAccountRecord[id=" + id + ", carrier=" + carrier + ", credentials hidden]";
    }
}
