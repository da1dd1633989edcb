package io.shipgate.routes.port;

import java.util.UUID;

/** Which of a tenant's carrier accounts to use: an account id, or a carrier code when the tenant has one account of it. */
public record CarrierSelection(UUID accountId, String carrier) {
}
