package io.shipgate.carrier.delhivery.shipment;

import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryErrors.Fields;
import io.shipgate.carrier.delhivery.DelhiveryManifest;
import io.shipgate.carrier.delhivery.DelhiveryParties;
import io.shipgate.carrier.delhivery.DelhiveryServices;
import io.shipgate.carrier.delhivery.DelhiveryUnits;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRequest;

import java.math.BigDecimal;

/**
 * The manifest ({@code POST /api/cmu/create.json}) of a forward shipment: the universal purchase
 * to Delhivery's {@code shipments[0]} (consignee, {@code payment_mode} Prepaid or COD with
 * {@code cod_amount} in rupees, weight in grams, dimensions in centimetres, {@code shipping_mode},
 * the shipper as return address) and {@code pickup_location.name}, the account's warehouse; and
 * the answer, whose first package must say {@code "status": "Success"} with a waybill. A
 * {@code Fail} package, {@code "success": false} or no waybill is a refusal with Delhivery's
 * remark ({@code packages[].remarks}, else {@code rmk}), and nothing is reported as created.
 */
public final class DelhiveryShipmentMapper {

    private DelhiveryShipmentMapper() {
    }

    /**
     * The manifest's {@code data}.
     *
     * @param order     Delhivery's order id: unique per shipment ({@code order})
     * @param codRupees the COD amount in rupees; null for a prepaid shipment
     */
    public static DelhiveryManifest.Data request(ShipmentRequest request, String pickupLocation, DelhiveryServices service, String order,
                                                 BigDecimal codRupees) {
        if (request.parcels().size() > 1) {
            throw DelhiveryErrors.notServiceable("ONE_PARCEL", "Delhivery B2C takes one parcel per shipment", "parcels");
        }
        Parcel parcel = request.parcels().getFirst();
        DelhiveryParties.pincode(request.recipient(), "recipient"); // a destination abroad is refused before its amounts
        BigDecimal value = request.options().declaredValue() == null ? codRupees
                : DelhiveryUnits.rupees(request.options().declaredValue(), "options.declaredValue");
        return DelhiveryManifest.Data.of(DelhiveryManifest.Shipment.of(request.recipient(), "recipient", order,
                codRupees == null ? "Prepaid" : "COD", codRupees, value, parcel.description(), parcel, service,
                request.shipper(), "shipper", null), pickupLocation);
    }

    /** The manifest's answer. */
    public static DelhiveryManifest.Answer answer(byte[] body) {
        return DelhiveryErrors.read(body, DelhiveryManifest.Answer.class);
    }

    /** The waybill Delhivery assigned, or the refusal it gave instead. */
    public static String waybill(DelhiveryManifest.Answer answer, String operation) {
        return DelhiveryManifest.waybill(answer, operation, Fields.SHIPMENT);
    }

    /** The confirmation of a manifested shipment with its label, or the warning that its label could not be read. */
    public static ShipmentConfirmation confirmation(String waybill, DelhiveryServices service, DelhiveryManifest.Answer answer,
                                                    DelhiveryLabelMapper.Labels labels) {
        ShipmentConfirmation manifested = DelhiveryManifest.confirmation(waybill, service, answer, labels.labels());
        return new ShipmentConfirmation(manifested.awb(), manifested.carrierShipmentId(), manifested.parcelTrackingNumbers(),
                manifested.service(), manifested.charged(), manifested.labels(), manifested.documents(),
                manifested.estimatedDelivery(), manifested.carrierPayload(), labels.messages());
    }
}
