package io.shipgate.gateway.rating;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.tenant.Tenant;
import io.shipgate.routes.rating.RateShoppingResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rates", description = "Rate shopping across the tenant's carrier accounts.")
class RatingController {

    private final RatingService service;

    RatingController(RatingService service) {
        this.service = service;
    }

    @PostMapping("/v1/rates")
    @Operation(operationId = "shopRates", summary = "Shop rates", description = """
            Asks every enabled carrier account (or those in carrier_account_ids) in parallel, each within
            shipgate.rating.carrier-timeout; an account whose carrier has no rate API is quoted from its rate cards, and with
            source RATE_CARD every account is, without calling any carrier. Each quote says its source (and rate card version).
            quotes: cheapest first; failures: each carrier that gave no quote, and why; warnings: what carriers (or rate cards)
            could not price.""")
    @ExampleBodies(request = "rates-request", response = "rates")
    @ErrorResponses({404, 422})
    RatesView rates(Tenant tenant, @Valid @RequestBody ShopRatesRequest request) {
        return RatingMapper.view(service.rates(tenant.id(), request.carrierAccountIds(), RatingMapper.toRateRequest(request),
                request.source()));
    }
}
