package io.shipgate.carrier.sandbox.returns;

import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.sandbox.SandboxWire.WireAddress;
import io.shipgate.carrier.sandbox.SandboxWire.WireCustoms;
import io.shipgate.carrier.sandbox.SandboxWire.WireParcel;
import io.shipgate.carrier.sandbox.SandboxWire.WireShipment;
import io.shipgate.carrier.sandbox.shipment.SandboxShipmentMapper;

/**
 * {@code POST /v1/returns}: a customer return (reverse pickup) goes as a shipment from the
 * customer (shipper) to the warehouse (recipient); the sandbox answers as for a shipment.
 */
public final class SandboxReturnMapper {

    private SandboxReturnMapper() {
    }

    public static WireShipment request(ReturnRequest request) {
        return new WireShipment(request.service(), WireAddress.of(request.customer()), WireAddress.of(request.warehouse()),
                request.parcels().stream().map(WireParcel::of).toList(), request.reference(), null, null, null, true,
                WireCustoms.of(request.customs()), SandboxShipmentMapper.ALL_LABEL_FORMATS, null, request.originalAwb(),
                request.reason());
    }

    public static ShipmentConfirmation parse(byte[] body) {
        return SandboxShipmentMapper.parse(body);
    }
}
