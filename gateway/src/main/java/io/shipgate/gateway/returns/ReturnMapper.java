package io.shipgate.gateway.returns;

import io.shipgate.carrier.model.Parcel;
import io.shipgate.gateway.shipment.DimensionsView;
import io.shipgate.gateway.shipment.LabelLinkView;
import io.shipgate.gateway.shipment.ParcelView;
import io.shipgate.gateway.shipment.ShipmentMapper;
import io.shipgate.gateway.shipment.WeightView;

import java.util.Locale;

/** A stored return as the API answers it. */
final class ReturnMapper {

    private ReturnMapper() {
    }

    static ReturnView view(ReturnRecord r) {
        String path = "/v1/returns/" + r.id() + "/label?format=";
        return new ReturnView(r.id(), r.status(), r.status().code(), r.shipmentId(), r.carrier(), r.carrierAccountId(), r.service(), r.awb(),
                r.reference(), r.reason(), r.customerNote(), r.qcInstructions(), r.items(), ShipmentMapper.view(r.pickupAddress()),
                ShipmentMapper.view(r.returnAddress()), r.parcels().stream().map(ReturnMapper::view).toList(), ShipmentMapper.view(r.charged()),
                r.labels().stream().map(l -> new LabelLinkView(l.format(), l.parcelNumber() == 0 ? null : l.parcelNumber(),
                        path + l.format().name().toLowerCase(Locale.ROOT) + (l.parcelNumber() == 0 ? "" : "&parcel=" + l.parcelNumber()))).toList(),
                r.ruleVersion(), r.trackerId() == null ? null : "/v1/shipments/" + r.trackerId() + "/tracking", r.createdAt(), r.updatedAt(),
                r.pickedUpAt(), r.deliveredAt(), r.cancelledAt(), r.carrierCancelled());
    }

    private static ParcelView view(Parcel p) {
        return new ParcelView(new WeightView(p.weight().value(), p.weight().unit()),
                p.dimensions() == null ? null : new DimensionsView(p.dimensions().length(), p.dimensions().width(), p.dimensions().height(),
                        p.dimensions().unit()), p.description());
    }
}
