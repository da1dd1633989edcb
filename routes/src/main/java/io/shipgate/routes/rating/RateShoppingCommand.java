package io.shipgate.routes.rating;

import io.shipgate.carrier.model.RateRequest;

import java.util.List;
import java.util.UUID;

/** Quote a request across the tenant's carrier accounts: those listed, or all enabled ones. */
public record RateShoppingCommand(UUID tenantId, List<UUID> carrierAccountIds, RateRequest request) {

    public RateShoppingCommand {
        carrierAccountIds = carrierAccountIds == null ? List.of() : List.copyOf(carrierAccountIds);
    }
}
