package io.shipgate.carrier.sandbox.shipment;

import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.sandbox.SandboxCustoms.WireCustoms;
import io.shipgate.carrier.sandbox.SandboxParties.WireAddress;
import io.shipgate.carrier.sandbox.SandboxPurchases;
import io.shipgate.carrier.sandbox.SandboxServices;
import io.shipgate.carrier.sandbox.SandboxUnits.WireMoney;
import io.shipgate.carrier.sandbox.SandboxUnits.WireParcel;

/**
 * {@code POST /v1/shipments} and {@code GET /v1/purchases/{key}}: a universal label purchase to the
 * sandbox's, its answer (AWB, parcel tracking numbers, labels, charge) to a universal confirmation.
 * Every label format is always asked for, whatever the merchant prints, so the gateway can store them all.
 */
public final class SandboxShipmentMapper {

    private SandboxShipmentMapper() {
    }

    public static SandboxShipmentWire.Request request(ShipmentRequest request) {
        return new SandboxShipmentWire.Request(
                request.service() != null ? request.service() : SandboxServices.serviceCode(request.serviceLevel()),
                WireAddress.of(request.shipper()), WireAddress.of(request.recipient()),
                request.parcels().stream().map(WireParcel::of).toList(), request.reference(),
                WireMoney.ifPositive(request.options().cod()), WireMoney.ifPositive(request.options().declaredValue()),
                request.options().signature().name(), request.options().returnShipment(), WireCustoms.of(request.customs()),
                SandboxServices.ALL_LABEL_FORMATS, request.options().shipDate());
    }

    /** The confirmation of a purchase, bought now or found again by its key. */
    public static ShipmentConfirmation parse(byte[] body) {
        return SandboxPurchases.confirmation(body);
    }
}
