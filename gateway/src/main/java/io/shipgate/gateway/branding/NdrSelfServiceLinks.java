package io.shipgate.gateway.branding;

import java.util.Optional;
import java.util.UUID;

/**
 * The signed, expiring, one-use link with which a customer acts on a failed delivery (a new date, a corrected phone or
 * address line), implemented by the public pages; the notifications put it in the "delivery failed" message. Absent
 * (empty) when the shipment has no open NDR case.
 */
public interface NdrSelfServiceLinks {

    Optional<String> link(UUID tenantId, UUID shipmentId);
}
