package io.shipgate.gateway.lanes;

import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.serviceability.ExcludedCarrierView;
import io.shipgate.gateway.tenant.CurrentApiKey;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "EDD")
class EddController {

    private final EddService service;

    EddController(EddService service) {
        this.service = service;
    }

    @PostMapping("/v1/edd")
    @Operation(operationId = "estimateDelivery", summary = "When each carrier service would deliver a parcel", description = """
            For an origin, a destination and a ship time: each eligible carrier service's transit time in business days at \
            p50, p75, p90, p95 and p99, the dates they fall on (weekends and public holidays of both countries, the pickup \
            cut-off), and the earliest and latest dates at the requested confidence; from the tenant's learned lane history \
            (smoothed toward the carrier's average on thin lanes, recent deliveries weighing more), else the zone default. \
            Served from memory: no carrier call, no rates. Accounts that cannot take the parcel come with their reason. \
            A publishable key may call it from the tenant's allowed origins (CORS); its answer names no accounts.""")
    @ExampleBodies(request = "edd-request", response = "edd")
    EddAnswer estimate(Tenant tenant, @Valid @RequestBody EddRequest request) {
        EddAnswer answer = service.estimate(tenant.id(), request);
        // public: a storefront page holds the key (docs/decide.md, "Publishable key")
        return CurrentApiKey.publishable() ? new EddAnswer(answer.estimates(),
                answer.excluded().stream().map(ExcludedCarrierView::forPublishableKey).toList()) : answer;
    }
}
