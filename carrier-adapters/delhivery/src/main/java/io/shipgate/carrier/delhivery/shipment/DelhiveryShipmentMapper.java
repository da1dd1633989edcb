package io.shipgate.carrier.delhivery.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryErrors.Fields;
import io.shipgate.carrier.delhivery.DelhiveryJson;
import io.shipgate.carrier.delhivery.DelhiveryParties;
import io.shipgate.carrier.delhivery.DelhiveryServices;
import io.shipgate.carrier.delhivery.DelhiveryUnits;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRequest;

import java.math.BigDecimal;
import java.util.List;

/**
 * The manifest ({@code POST /api/cmu/create.json}) of a forward shipment: the universal purchase
 * to Delhivery's {@code shipments[0]} (consignee, {@code payment_mode} Prepaid or COD with
 * {@code cod_amount} in rupees, weight in grams, dimensions in centimetres, {@code shipping_mode},
 * the shipper as return address) and {@code pickup_location.name}, the account's warehouse; and
 * the answer, whose first package must say {@code "status": "Success"} with a waybill. A
 * {@code Fail} package, {@code "success": false} or no waybill is a refusal with Delhivery's
 * remark, and nothing is reported as created.
 */
public final class DelhiveryShipmentMapper {

    private DelhiveryShipmentMapper() {
    }

    /**
     * The manifest's {@code data}.
     *
     * @param order   Delhivery's order id: unique per shipment ({@code order})
     * @param codRupees the COD amount in rupees; null for a prepaid shipment
     */
    public static ObjectNode request(ShipmentRequest request, String pickupLocation, DelhiveryServices service, String order,
                                     BigDecimal codRupees) {
        if (request.parcels().size() > 1) {
            throw DelhiveryErrors.notServiceable("ONE_PARCEL", "Delhivery B2C takes one parcel per shipment", "parcels");
        }
        Parcel parcel = request.parcels().getFirst();
        ObjectNode shipment = consignee(request.recipient(), "recipient");
        shipment.put("order", order);
        shipment.put("payment_mode", codRupees == null ? "Prepaid" : "COD");
        if (codRupees != null) {
            shipment.put("cod_amount", codRupees);
        }
        BigDecimal value = request.options().declaredValue() == null ? codRupees
                : DelhiveryUnits.rupees(request.options().declaredValue(), "options.declaredValue");
        if (value != null) {
            shipment.put("total_amount", value);
        }
        if (parcel.description() != null && !parcel.description().isBlank()) {
            shipment.put("products_desc", parcel.description().strip());
        }
        parcel(shipment, parcel);
        shipment.put("shipping_mode", service.shippingMode());
        returnAddress(shipment, request.shipper(), "shipper");
        return manifest(shipment, pickupLocation);
    }

    /** {@code {"shipments": [shipment], "pickup_location": {"name": ...}}}. */
    public static ObjectNode manifest(ObjectNode shipment, String pickupLocation) {
        ObjectNode data = DelhiveryJson.object();
        data.putArray("shipments").add(shipment);
        data.putObject("pickup_location").put("name", pickupLocation);
        return data;
    }

    /** The person and place Delhivery delivers to (forward) or picks up from (reverse): name, address, pincode, phone. */
    public static ObjectNode consignee(Address address, String field) {
        ObjectNode shipment = DelhiveryJson.object();
        shipment.put("name", address.name());
        shipment.put("add", DelhiveryParties.addressLine(address));
        shipment.put("pin", DelhiveryParties.pincode(address, field));
        shipment.put("city", address.city());
        shipment.put("state", address.state());
        shipment.put("country", DelhiveryParties.INDIA);
        shipment.put("phone", DelhiveryParties.phone(address.phone(), field + ".phone"));
        if (address.residential() != null) {
            shipment.put("address_type", address.residential() ? "home" : "office");
        }
        return shipment;
    }

    /** Weight in grams and dimensions in centimetres. */
    public static void parcel(ObjectNode shipment, Parcel parcel) {
        shipment.put("weight", DelhiveryUnits.grams(parcel.weight()));
        Dimensions cm = DelhiveryUnits.centimetres(parcel.dimensions());
        if (cm != null) {
            shipment.put("shipment_length", cm.length());
            shipment.put("shipment_width", cm.width());
            shipment.put("shipment_height", cm.height());
        }
    }

    /** Where Delhivery brings the parcel back: {@code return_*} fields. */
    public static void returnAddress(ObjectNode shipment, Address address, String field) {
        shipment.put("return_name", address.name());
        shipment.put("return_add", DelhiveryParties.addressLine(address));
        shipment.put("return_city", address.city());
        shipment.put("return_state", address.state());
        shipment.put("return_pin", DelhiveryParties.pincode(address, field));
        shipment.put("return_country", DelhiveryParties.INDIA);
        if (address.phone() != null && !address.phone().isBlank()) {
            shipment.put("return_phone", DelhiveryParties.phone(address.phone(), field + ".phone"));
        }
        if (address.company() != null && !address.company().isBlank()) {
            shipment.put("seller_name", address.company().strip());
        }
    }

    /** The waybill Delhivery assigned, or the refusal it gave instead. */
    public static String waybill(JsonNode answer, String operation, Fields fields) {
        JsonNode pkg = answer.path("packages").path(0);
        String status = DelhiveryJson.text(pkg, "status");
        String waybill = DelhiveryJson.text(pkg, "waybill");
        if (answer.path("success").asBoolean(false) && "Success".equalsIgnoreCase(status) && waybill != null) {
            return waybill;
        }
        String remark = DelhiveryErrors.text(pkg).or(() -> DelhiveryErrors.text(answer)).orElse(null);
        if (remark == null && "Success".equalsIgnoreCase(status)) {
            throw DelhiveryErrors.unexpected("NO_WAYBILL", "Delhivery accepted " + operation + " but assigned no waybill");
        }
        throw DelhiveryErrors.refused(operation, remark, fields);
    }

    /** The confirmation of a manifested shipment with its label; the payload is Delhivery's manifest answer. */
    public static ShipmentConfirmation confirmation(String waybill, DelhiveryServices service, JsonNode manifest, List<Label> labels) {
        return new ShipmentConfirmation(waybill, null, List.of(waybill), service.code(), null, labels, List.of(), null,
                DelhiveryJson.write(manifest));
    }
}
