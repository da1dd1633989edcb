package io.shipgate.gateway.rating;

import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Rate shopping for other modules (the console's new shipment): the quotes of {@code POST /v1/rates}, without HTTP. The
 * caller has checked the request (a label purchase's checks are stricter than a quote's).
 */
@Component
public class RateShopping {

    private final RatingService service;

    RateShopping(RatingService service) {
        this.service = service;
    }

    /** The quotes of every enabled account (or those the request names), cheapest first, with the failures and warnings. */
    public RatesView shop(UUID tenantId, ShopRatesRequest request) {
        return RatingMapper.view(service.rates(tenantId, request.carrierAccountIds(), RatingMapper.toRateRequest(request),
                request.source()));
    }
}
