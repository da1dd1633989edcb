package io.shipgate.gateway.rating;

import io.shipgate.carrier.model.RateRequest;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.rating.RateShoppingCommand;
import io.shipgate.routes.rating.RateShoppingResult;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/** Rate shopping across the tenant's carrier accounts, through the rate-shopping route. */
@Service
class RatingService {

    private final RouteClient routes;

    RatingService(RouteClient routes) {
        this.routes = routes;
    }

    /** @param carrierAccountIds the accounts to ask; all the tenant's enabled accounts when null */
    RateShoppingResult rates(UUID tenantId, List<UUID> carrierAccountIds, RateRequest request) {
        return routes.request(Endpoints.RATE_SHOPPING, new RateShoppingCommand(tenantId, carrierAccountIds, request), RateShoppingResult.class);
    }
}
