package io.shipgate.gateway.manifest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.shipgate.gateway.webhook.OutboxEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What happens to a manifest, for merchants (written to the outbox with the change); docs/api.md lists them. */
public sealed interface ManifestEvent extends OutboxEvent {

    UUID manifestId();

    @Override
    default String aggregateType() {
        return "manifest";
    }

    @Override
    default UUID aggregateId() {
        return manifestId();
    }

    /** The day was closed: the manifest and its PDF exist. */
    record Created(@JsonIgnore UUID tenantId, UUID manifestId, UUID warehouseId, UUID carrierAccountId, String carrier, LocalDate date,
                   String carrierStatus, String carrierManifestId, int shipmentCount, Instant occurredAt) implements ManifestEvent {

        public static final String TYPE = "manifest.created";

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int version() {
            return 1;
        }
    }
}
