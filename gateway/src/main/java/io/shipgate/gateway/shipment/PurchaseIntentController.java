package io.shipgate.gateway.shipment;

import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

@RestController
@RequestMapping("/v1/purchase-intents")
@Tag(name = "Purchase intents", description = "Label purchases not settled yet: running, waiting for the reconciler, or needing an operator.")
class PurchaseIntentController {

    private static final int MAX_LIMIT = 100;

    private final ShipmentService service;

    PurchaseIntentController(ShipmentService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listPurchaseIntents", summary = "List unsettled purchases", description = """
            Newest first. A purchase whose answer was lost (the gateway stopped, the carrier did not answer in time) is settled by
            the reconciler once its lease ends (RECONCILING); NEEDS_ATTENTION means it could not: ask the carrier, quoting
            carrier_idempotency_key and reference, whether a label was sold. Its Idempotency-Key answers 409
            purchase-needs-attention meanwhile.""")
    @ExampleBodies(response = "purchase-intent-list")
    PurchaseIntentList list(Tenant tenant,
                                @Parameter(description = "pending, reconciling or needs_attention (in any case); all when absent",
                                        schema = @Schema(type = "string", allowableValues = {"pending", "reconciling", "needs_attention"}))
                                @RequestParam(required = false) String state,
                                @Parameter(description = "1 to 100, default 20",
                                        schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
                                @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PurchaseIntentList(service.unsettledPurchases(tenant.id(), state == null ? null : state(state), limit));
    }

    private static PurchaseIntentState state(String value) {
        try {
            return PurchaseIntentState.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("state", "must be pending, reconciling or needs_attention");
        }
    }
}
