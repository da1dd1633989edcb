package io.shipgate.gateway.rating;

import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.rating.RateShoppingCommand;
import io.shipgate.routes.rating.RateShoppingResult;
import org.springframework.stereotype.Service;

import java.util.UUID;

/** Rate shopping across the tenant's carrier accounts, through the rate-shopping route. */
@Service
class RatingService {

    private final RouteClient routes;

    RatingService(RouteClient routes) {
        this.routes = routes;
    }

    RateShoppingResult rates(UUID tenantId, RatingApi.Request request) {
        return routes.request(Endpoints.RATE_SHOPPING,
                new RateShoppingCommand(tenantId, request.carrierAccountIds(), request.toRateRequest()), RateShoppingResult.class);
    }
}
