package io.shipgate.routes.port;

import io.shipgate.routes.carrier.CarrierConnection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's carrier accounts, connected (credentials decrypted, endpoint resolved). */
public interface CarrierAccountDirectory {

    /**
     * The enabled account the selection names. Throws when there is none, or when a carrier code
     * matches several accounts.
     */
    CarrierConnection connect(UUID tenantId, CarrierSelection selection);

    /** The account with this id, enabled or not (for shipments bought on it earlier). */
    CarrierConnection connect(UUID tenantId, UUID accountId);

    /**
     * The account a carrier's webhook names in its URL, whoever's it is, or empty when there is no
     * such account of that carrier. The adapter then proves the call comes from the carrier.
     */
    Optional<CarrierConnection> connectForWebhook(String carrier, UUID accountId);

    /** The enabled accounts to rate across: those listed, or all when the list is empty. */
    List<CarrierConnection> connectForRating(UUID tenantId, List<UUID> accountIds);
}
