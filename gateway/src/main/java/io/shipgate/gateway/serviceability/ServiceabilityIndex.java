package io.shipgate.gateway.serviceability;

import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask of the serviceability tables in force, from the in-memory index (no database
 * read): whether a destination is out of the delivery area, which rate cards price with an ODA surcharge, and whether an
 * account's table lets it take a prepaid parcel on a lane (checkout quotes, which call no carrier), and whether it picks
 * customer returns up at a postal code (returns with carrier "auto").
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

    /**
     * Whether the account's table in force lets it take a prepaid parcel from origin to destination; empty when the
     * account has no table in force (unknown: nothing excludes it). No carrier's live check is made.
     */
    public Optional<Boolean> servesPrepaid(UUID tenantId, UUID carrierAccountId, String originCountry, String originPostalCode,
                                           String destinationCountry, String destinationPostalCode) {
        return active.active(tenantId, carrierAccountId).map(index -> {
            ServiceabilityCheck check = new ServiceabilityCheck(originCountry, tableCode(originCountry, originPostalCode),
                    destinationCountry, tableCode(destinationCountry, destinationPostalCode), null);
            return Verdict.ofTable(check, index.find(check.originCountry(), check.originPostalCode()),
                    index.find(check.destinationCountry(), check.destinationPostalCode()), index.currency()).reason() == null;
        });
    }

    /**
     * Whether the account's table in force lets its courier pick a customer return up at the postal code (its
     * {@code reverse_pickup} flag; a code the table does not list: false); empty when the account has no table in force.
     */
    public Optional<Boolean> reversePickup(UUID tenantId, UUID carrierAccountId, String country, String postalCode) {
        return active.active(tenantId, carrierAccountId).map(index -> {
            TableIndex.Entry entry = index.find(country, tableCode(country, postalCode));
            return entry != null && entry.reversePickup() && !entry.embargo();
        });
    }

    private static String tableCode(String country, String postalCode) {
        String normalized = PostalCodes.normalize(country, postalCode);
        return normalized != null ? normalized : postalCode == null ? "" : postalCode.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
