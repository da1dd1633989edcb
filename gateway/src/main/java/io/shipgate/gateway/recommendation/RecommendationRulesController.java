package io.shipgate.gateway.recommendation;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/recommendation-rules")
@Tag(name = "Recommendations")
class RecommendationRulesController {

    private final RecommendationRuleService service;

    RecommendationRulesController(RecommendationRuleService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "getRecommendationRules", summary = "The recommendation rules in force",
            description = "The tenant's latest version; version 0 (the defaults) when it stored none.")
    @ExampleBodies(response = "recommendation-rules")
    RecommendationRulesView current(Tenant tenant) {
        return RecommendationRulesView.of(service.current(tenant.id()));
    }

    @PutMapping
    @Operation(operationId = "putRecommendationRules", summary = "Replace the recommendation rules", description = """
            Stores the whole rule set as the tenant's next version (the versions before are kept) and puts it in force: \
            recommendations on every node use it within about a second. A mistake is a 400 naming the field.""")
    @ExampleBodies(request = "recommendation-rules-request", response = "recommendation-rules")
    @ErrorResponses(400)
    RecommendationRulesView replace(Tenant tenant, @Valid @RequestBody RecommendationRules rules) {
        return RecommendationRulesView.of(service.replace(tenant.id(), rules));
    }

    @GetMapping("/versions")
    @Operation(operationId = "listRecommendationRules", summary = "The stored rule versions, newest first")
    @ExampleBodies(response = "recommendation-rules-page")
    RecommendationRulesPage versions(Tenant tenant,
                                     @Parameter(description = "1 to 100, default 20",
                                             schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
                                     @RequestParam(defaultValue = "20") int limit) {
        return new RecommendationRulesPage(service.versions(tenant.id(), limit).stream().map(RecommendationRulesView::of).toList());
    }

    @GetMapping("/versions/{version}")
    @Operation(operationId = "getRecommendationRulesVersion", summary = "One version of the rules (0: the defaults)")
    @ExampleBodies(response = "recommendation-rules")
    @ErrorResponses(404)
    RecommendationRulesView version(Tenant tenant, @PathVariable int version) {
        return RecommendationRulesView.of(service.version(tenant.id(), version));
    }
}
