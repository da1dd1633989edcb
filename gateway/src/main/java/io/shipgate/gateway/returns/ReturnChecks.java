package io.shipgate.gateway.returns;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.ExportReason;
import io.shipgate.carrier.model.CustomsItem;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.shipment.ShipmentLookup;
import io.shipgate.gateway.shipment.ShipmentMapper;
import io.shipgate.routes.port.Shipment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a return request is checked for before any carrier call: the request itself (400 naming the field), the
 * shipment it belongs to (404, 409 when not delivered), what was shipped (a SKU or quantity beyond it: 400), and the
 * tenant's return rules (422 return-not-allowed naming the rule). Answers what to book.
 */
@Component
class ReturnChecks {

    static final String AUTO = "auto";

    private final ShipmentLookup shipments;
    private final JdbcReturns returns;
    private final ReturnRules rules;

    ReturnChecks(ShipmentLookup shipments, JdbcReturns returns, ReturnRules rules) {
        this.shipments = shipments;
        this.returns = returns;
        this.rules = rules;
    }

    /**
     * A return ready to book.
     *
     * @param originalAwb the forward shipment's AWB, when the return belongs to one
     * @param customs     a cross-border return of a shipment: its declaration, as returned goods (the items that come back)
     */
    record Checked(UUID shipmentId, String originalAwb, Address customer, Address warehouse, List<Parcel> parcels,
                   CustomsDeclaration customs) {
    }

    static boolean auto(CreateReturnRequest request) {
        return request.carrier() != null && AUTO.equalsIgnoreCase(request.carrier().strip());
    }

    Checked check(UUID tenantId, CreateReturnRequest request, Instant now) {
        checkRequest(request);
        Shipment shipment = null;
        if (request.shipmentId() != null) {
            shipment = shipments.find(tenantId, request.shipmentId()).orElseThrow(() -> ApiException.notFound("shipment " + request.shipmentId()));
            if (shipment.status() != TrackingStatus.DELIVERED) {
                throw new ApiException(Problems.INVALID_STATE, HttpStatus.CONFLICT, "shipment " + shipment.id() + " is " + shipment.status()
                        + ": only a delivered shipment's items can be returned (a standalone return names its addresses instead)")
                        .with("shipment_status", shipment.status());
            }
            checkShipped(tenantId, shipment, request.items());
        }
        checkRules(rules.of(tenantId), request, shipment, now);
        Address customer = request.pickupAddress() != null ? ShipmentMapper.toAddress(request.pickupAddress()) : shipment.recipient();
        Address warehouse = request.returnAddress() != null ? ShipmentMapper.toAddress(request.returnAddress()) : shipment.shipper();
        List<Parcel> parcels = request.parcels() != null ? ShipmentMapper.toParcels(request.parcels())
                : shipment.parcels().stream().map(Shipment.StoredParcel::parcel).toList();
        CustomsDeclaration customs = shipment != null && !customer.country().equals(warehouse.country())
                ? returnedGoods(shipment.customs(), request.items()) : null;
        return new Checked(shipment == null ? null : shipment.id(), shipment == null ? null : shipment.awb(), customer, warehouse, parcels,
                customs);
    }

    /**
     * The shipment's customs declaration for the goods that come back: its items of the returned SKUs with the returned
     * quantities (all its items where the return names no SKU it shipped), as RETURNED_GOODS for RETURN.
     */
    private static CustomsDeclaration returnedGoods(CustomsDeclaration shipped, List<ReturnItemView> items) {
        if (shipped == null) {
            return null;
        }
        Map<String, Integer> returned = new HashMap<>();
        items.stream().filter(i -> !blank(i.sku())).forEach(i -> returned.merge(i.sku().strip(), i.quantity(), Integer::sum));
        List<CustomsItem> back = shipped.items().stream().filter(i -> i.sku() != null && returned.containsKey(i.sku().strip()))
                .map(i -> new CustomsItem(i.description(), returned.get(i.sku().strip()), i.unitValue(), i.unitWeight(), i.hsCode(),
                        i.originCountry(), i.sku()))
                .toList();
        return new CustomsDeclaration(ContentType.RETURNED_GOODS, shipped.contentDescription(), shipped.incoterm(), shipped.dutiesPayer(),
                null, null, ExportReason.RETURN, back.isEmpty() ? shipped.items() : back, shipped.taxIds(), false, List.of());
    }

    /** What Bean Validation cannot say: the carrier's choice, an item's identity, a standalone return's addresses and parcels. */
    private static void checkRequest(CreateReturnRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (auto(request)) {
            if (request.carrierAccountId() != null) {
                errors.add(new FieldError("carrier_account_id", "must be absent with carrier \"auto\", which chooses the account"));
            }
            if (request.service() != null) {
                errors.add(new FieldError("service", "must be absent with carrier \"auto\", which chooses the service"));
            }
        } else if (request.carrierAccountId() == null && (request.carrier() == null || request.carrier().isBlank())) {
            errors.add(new FieldError("carrier_account_id", "is required (or carrier: a code, or \"auto\")"));
        }
        for (int i = 0; i < request.items().size(); i++) {
            ReturnItemView item = request.items().get(i);
            if (item != null && blank(item.sku()) && blank(item.description())) {
                errors.add(new FieldError("items[" + i + "]", "needs a sku or a description"));
            }
        }
        if (request.shipmentId() == null) {
            if (request.pickupAddress() == null) {
                errors.add(new FieldError("pickup_address", "is required for a standalone return (without shipment_id)"));
            }
            if (request.returnAddress() == null) {
                errors.add(new FieldError("return_address", "is required for a standalone return (without shipment_id)"));
            }
            if (request.parcels() == null) {
                errors.add(new FieldError("parcels", "is required for a standalone return (without shipment_id)"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /**
     * Where the shipment's customs items name SKUs, what was shipped is known: a return may only hold those SKUs, and no
     * more units of each than were shipped less those on its earlier returns (not cancelled).
     */
    private void checkShipped(UUID tenantId, Shipment shipment, List<ReturnItemView> items) {
        Map<String, Integer> shipped = new HashMap<>();
        if (shipment.customs() != null) {
            for (CustomsItem item : shipment.customs().items()) {
                if (!blank(item.sku()) && item.quantity() != null) {
                    shipped.merge(item.sku().strip(), item.quantity(), Integer::sum);
                }
            }
        }
        if (shipped.isEmpty()) {
            return;
        }
        Map<String, Integer> returned = returns.returnedUnits(tenantId, shipment.id());
        Map<String, Integer> asked = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ReturnItemView item = items.get(i);
            if (blank(item.sku())) {
                continue;
            }
            String sku = item.sku().strip();
            Integer units = shipped.get(sku);
            if (units == null) {
                errors.add(new FieldError("items[" + i + "].sku", "was not shipped in shipment " + shipment.id() + " (it shipped "
                        + shipped.keySet().stream().sorted().toList() + ")"));
                continue;
            }
            int before = returned.getOrDefault(sku, 0);
            int total = asked.merge(sku, item.quantity(), Integer::sum);
            if (before + total > units) {
                errors.add(new FieldError("items[" + i + "].quantity", "at most " + Math.max(0, units - before - (total - item.quantity()))
                        + " more of " + sku + " can be returned (shipped " + units + ", on earlier returns " + before + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** The tenant's rules: a reason or SKU it does not take back, or the window after delivery passed, is a 422 naming the rule. */
    private static void checkRules(ReturnRules.Rules rules, CreateReturnRequest request, Shipment shipment, Instant now) {
        if (rules.nonReturnableReasons().contains(request.reason())) {
            throw notAllowed("non_returnable_reasons", "the tenant's return rules take no returns for reason " + request.reason())
                    .with("reason", request.reason());
        }
        for (ReturnItemView item : request.items()) {
            if (!blank(item.sku()) && rules.nonReturnableSkus().contains(item.sku().strip())) {
                throw notAllowed("non_returnable_skus", "SKU " + item.sku().strip() + " cannot be returned (the tenant's return rules)")
                        .with("sku", item.sku().strip());
            }
        }
        if (shipment != null && rules.windowDays() != null) {
            Instant delivered = shipment.deliveredAt() != null ? shipment.deliveredAt() : shipment.updatedAt();
            Instant ends = delivered.plus(Duration.ofDays(rules.windowDays()));
            if (now.isAfter(ends)) {
                throw notAllowed("return_window_days", "shipment " + shipment.id() + " was delivered at " + delivered + "; the "
                        + rules.windowDays() + "-day return window ended at " + ends)
                        .with("delivered_at", delivered).with("window_ends_at", ends).with("return_window_days", rules.windowDays());
            }
        }
    }

    private static ApiException notAllowed(String rule, String detail) {
        return new ApiException(Problems.RETURN_NOT_ALLOWED, HttpStatus.UNPROCESSABLE_ENTITY, detail).with("rule", rule);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
