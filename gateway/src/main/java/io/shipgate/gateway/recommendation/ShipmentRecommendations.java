package io.shipgate.gateway.recommendation;

import io.shipgate.gateway.serviceability.PaymentMode;
import io.shipgate.gateway.serviceability.ServiceabilityLocation;
import io.shipgate.gateway.shipment.AddressView;
import io.shipgate.gateway.shipment.CreateShipmentRequest;
import io.shipgate.gateway.shipment.MoneyView;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The recommendation of {@code POST /v1/recommendations} for a shipment about to be bought (the console's new shipment):
 * its lane, parcels, COD and declared value, under the tenant's rules; the ranked options with their score breakdown and
 * every option left out with its reason. No carrier is called.
 */
@Component
public class ShipmentRecommendations {

    private final RecommendationService service;

    ShipmentRecommendations(RecommendationService service) {
        this.service = service;
    }

    /** The ranked options and exclusions of the shipment's order, and the rule version that ranked them. */
    public Result recommend(UUID tenantId, CreateShipmentRequest shipment) {
        MoneyView cod = shipment.options() == null ? null : shipment.options().cod();
        MoneyView declared = shipment.options() == null ? null : shipment.options().declaredValue();
        RecommendationsView view = service.recommend(tenantId, new RecommendationRequest(shipment.reference(), location(shipment.shipper()),
                location(shipment.recipient()), shipment.parcels(), cod == null ? PaymentMode.PREPAID : PaymentMode.COD, cod, declared,
                shipment.serviceLevel(), null, null, null));
        return new Result(view.ruleVersion(), view.results().getFirst());
    }

    /** The rule version (0: the defaults) and the order's recommendation. */
    public record Result(int ruleVersion, OrderRecommendationView order) {
    }

    private static ServiceabilityLocation location(AddressView address) {
        return new ServiceabilityLocation(address.country(), address.postalCode() == null ? "" : address.postalCode());
    }
}
