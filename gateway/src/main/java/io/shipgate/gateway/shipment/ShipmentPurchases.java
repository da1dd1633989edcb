package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.gateway.platform.problem.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The purchase of {@code POST /v1/shipments} for other modules (bulk shipping): the same checks (Bean Validation with
 * the {@link LabelPurchase} group, then the rules beyond annotations) and the same purchase path (the shipment route,
 * the Idempotency-Key mechanism), without HTTP.
 */
@Component
public class ShipmentPurchases {

    private final ShipmentService service;
    private final Validator validator;
    private final ObjectMapper json;

    ShipmentPurchases(ShipmentService service, Validator validator, ObjectMapper json) {
        this.service = service;
        this.validator = validator;
        this.json = json;
    }

    /** A shipment bought (or, {@code replayed}, bought before under the same Idempotency-Key). */
    public record Purchased(UUID shipmentId, String awb, boolean replayed) {
    }

    /** What POST /v1/shipments would refuse in the request before any carrier call, fields named as in its JSON; empty when nothing. */
    public List<FieldError> check(CreateShipmentRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<CreateShipmentRequest> violation : validator.validate(request, Default.class, LabelPurchase.class)) {
            errors.add(new FieldError(snakeCase(violation.getPropertyPath().toString()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        if (errors.isEmpty()) {
            errors.addAll(ShipmentService.beyondAnnotations(request));
        }
        return errors;
    }

    /**
     * Buys the label as POST /v1/shipments does with this Idempotency-Key: the same key and request answer the shipment
     * bought before, the same key with another request is a 422 idempotency-key-reused. Throws the API's exceptions.
     */
    public Purchased buy(UUID tenantId, String idempotencyKey, CreateShipmentRequest request) {
        ShipmentService.Purchase purchase = service.create(tenantId, idempotencyKey, request);
        String awb;
        try {
            awb = json.readTree(purchase.body()).path("awb").asText(null);
        } catch (JsonProcessingException e) {
            awb = null;
        }
        return new Purchased(purchase.shipmentId(), awb, purchase.replayed());
    }

    static String snakeCase(String javaPath) {
        return javaPath.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
