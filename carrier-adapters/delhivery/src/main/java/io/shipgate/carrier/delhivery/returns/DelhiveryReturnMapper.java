package io.shipgate.carrier.delhivery.returns;

import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryErrors.Fields;
import io.shipgate.carrier.delhivery.DelhiveryManifest;
import io.shipgate.carrier.delhivery.DelhiveryServices;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;

import java.util.List;
import java.util.Map;

/**
 * A reverse pickup (RVP) is a manifest ({@code POST /api/cmu/create.json}) with
 * {@code payment_mode} {@code Pickup}: the customer is the "consignee" the courier picks up from,
 * the account's warehouse ({@code pickup_location}) is where the parcel goes, and the warehouse's
 * address is the return address. The courier brings the reverse label, so none is fetched.
 */
public final class DelhiveryReturnMapper {

    private DelhiveryReturnMapper() {
    }

    /**
     * The manifest's {@code data}.
     *
     * @param order Delhivery's order id of the return: unique
     */
    public static DelhiveryManifest.Data request(ReturnRequest request, String pickupLocation, DelhiveryServices service, String order) {
        if (request.parcels().size() > 1) {
            throw DelhiveryErrors.notServiceable("ONE_PARCEL", "Delhivery B2C takes one parcel per reverse pickup", "parcels");
        }
        Parcel parcel = request.parcels().getFirst();
        String description = parcel.description() != null && !parcel.description().isBlank() ? parcel.description() : request.reason();
        Map<String, String> extra = request.reason() == null || request.reason().isBlank() ? null
                : Map.of("return_reason", request.reason().strip());
        return DelhiveryManifest.Data.of(DelhiveryManifest.Shipment.of(request.customer(), "customer", order, "Pickup", null, null,
                description, parcel, service, request.warehouse(), "warehouse", extra), pickupLocation);
    }

    /** The reverse pickup Delhivery manifested, or its refusal. */
    public static ShipmentConfirmation parse(byte[] body, String operation, DelhiveryServices service) {
        DelhiveryManifest.Answer answer = DelhiveryErrors.read(body, DelhiveryManifest.Answer.class);
        String waybill = DelhiveryManifest.waybill(answer, operation, Fields.RETURN);
        return DelhiveryManifest.confirmation(waybill, service, answer, List.of());
    }
}
