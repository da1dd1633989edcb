package io.shipgate.gateway.serviceability;

import io.shipgate.gateway.carrier.CarrierAccountView;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The serviceability check for other modules (the recommendation): the same check as {@code POST /v1/serviceability},
 * against accounts the caller already holds, so that it reads no account from the database.
 */
@Component
public class ServiceabilityChecks {

    private final ServiceabilityService service;

    ServiceabilityChecks(ServiceabilityService service) {
        this.service = service;
    }

    /**
     * @param accounts enabled accounts of the tenant to check ({@code carrier_account_ids} of the request is not read); a
     *                 COD order must carry its amount (else a 400 naming {@code cod_amount})
     */
    public ServiceabilityAnswer check(UUID tenantId, ServiceabilityCheckRequest request, List<CarrierAccountView> accounts) {
        return service.check(tenantId, request, accounts);
    }
}
