package io.shipgate.gateway.serviceability;

import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask of the serviceability tables in force, from the in-memory index (no database
 * read): for now whether a destination is out of the delivery area, which rate cards price with an ODA surcharge.
 */
@Component
public class ServiceabilityIndex {

    private final ActiveTables active;

    ServiceabilityIndex(ActiveTables active) {
        this.active = active;
    }

    /**
     * Whether the account's table in force marks the postal code ODA (out of delivery area); empty when the account
     * has no table or its table does not list the code.
     */
    public Optional<Boolean> oda(UUID tenantId, UUID carrierAccountId, String country, String postalCode) {
        String code = PostalCodes.normalize(country, postalCode);
        if (code == null) {
            return Optional.empty();
        }
        return active.active(tenantId, carrierAccountId).map(index -> index.find(country, code)).map(TableIndex.Entry::oda);
    }
}
