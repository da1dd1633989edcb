package io.shipgate.carrier.sandbox.returns;

import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.sandbox.SandboxCustoms.WireCustoms;
import io.shipgate.carrier.sandbox.SandboxParties.WireAddress;
import io.shipgate.carrier.sandbox.SandboxPurchases;
import io.shipgate.carrier.sandbox.SandboxServices;
import io.shipgate.carrier.sandbox.SandboxUnits.WireParcel;

/**
 * {@code POST /v1/returns}: a customer return (reverse pickup) goes as a shipment from the
 * customer (shipper) to the warehouse (recipient); the sandbox answers as for a purchase.
 */
public final class SandboxReturnMapper {

    private SandboxReturnMapper() {
    }

    public static SandboxReturnWire.Request request(ReturnRequest request) {
        return new SandboxReturnWire.Request(request.service(), WireAddress.of(request.customer()),
                WireAddress.of(request.warehouse()), request.parcels().stream().map(WireParcel::of).toList(), request.reference(),
                true, WireCustoms.of(request.customs()), SandboxServices.ALL_LABEL_FORMATS, request.originalAwb(), request.reason());
    }

    public static ShipmentConfirmation parse(byte[] body) {
        return SandboxPurchases.confirmation(body);
    }
}
