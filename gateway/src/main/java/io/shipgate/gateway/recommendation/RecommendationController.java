package io.shipgate.gateway.recommendation;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Recommendations", description = "Which carrier service should ship an order, and the rules that decide it.")
class RecommendationController {

    private final RecommendationService service;

    RecommendationController(RecommendationService service) {
        this.service = service;
    }

    @PostMapping("/v1/recommendations")
    @Operation(operationId = "recommendCarrier", summary = "Rank the carrier services for an order, or a batch of orders", description = """
            For each order: the tenant's carrier services that can take it (serviceability, then the rules' hard filters and \
            daily caps, then the rate cards' prices), ranked by score with each term's breakdown, quote, EDD and lane \
            reliability, and every option left out with its reason; under the rule version named in the answer. Prices come \
            from rate cards: no carrier is called. One order at the top level, or up to 500 in orders.""")
    @ExampleBodies(request = {"recommendation-request", "recommendation-batch-request"}, response = "recommendation")
    @ErrorResponses(400)
    RecommendationsView recommend(Tenant tenant, @Valid @RequestBody RecommendationRequest request) {
        return service.recommend(tenant.id(), request);
    }
}
