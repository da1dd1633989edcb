package io.shipgate.gateway.tenant;

import java.util.UUID;

/** A merchant (or platform) using Shipgate: the owner of every shipment, account and key it creates. */
public record Tenant(UUID id, String name) {
}
