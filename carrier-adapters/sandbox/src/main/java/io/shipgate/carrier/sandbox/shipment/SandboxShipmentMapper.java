package io.shipgate.carrier.sandbox.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.sandbox.SandboxCarrier;
import io.shipgate.carrier.sandbox.SandboxJson;
import io.shipgate.carrier.sandbox.SandboxWire.WireAddress;
import io.shipgate.carrier.sandbox.SandboxWire.WireCustoms;
import io.shipgate.carrier.sandbox.SandboxWire.WireMoney;
import io.shipgate.carrier.sandbox.SandboxWire.WireParcel;
import io.shipgate.carrier.sandbox.SandboxWire.WireShipment;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * {@code POST /v1/shipments}: a universal label purchase to the sandbox's, its answer (AWB, parcel
 * tracking numbers, labels, charge) to a universal confirmation. Every label format is always
 * asked for, whatever the merchant prints, so the gateway can store them all.
 */
public final class SandboxShipmentMapper {

    /** Every format the sandbox prints. */
    public static final List<String> ALL_LABEL_FORMATS = Arrays.stream(LabelFormat.values()).map(Enum::name).toList();

    record Confirmation(String shipmentId, String awb, String serviceCode, String status, WireMoney charge,
                        LocalDate estimatedDelivery, List<ParcelNumber> parcels, List<LabelDocument> labels) {
    }

    record ParcelNumber(String trackingNumber) {
    }

    record LabelDocument(String format, Integer parcel, byte[] contentBase64) {
    }

    private SandboxShipmentMapper() {
    }

    public static WireShipment request(ShipmentRequest request) {
        return new WireShipment(serviceCode(request), WireAddress.of(request.shipper()), WireAddress.of(request.recipient()),
                request.parcels().stream().map(WireParcel::of).toList(), request.reference(),
                WireMoney.ifPositive(request.options().cod()), WireMoney.ifPositive(request.options().declaredValue()),
                request.options().signature().name(),
                request.options().returnShipment(), WireCustoms.of(request.customs()), ALL_LABEL_FORMATS,
                request.options().shipDate(), null, null);
    }

    /**
     * The confirmation of {@code POST /v1/shipments} or {@code POST /v1/returns}; its payload is the
     * sandbox's answer without the label bytes.
     */
    public static ShipmentConfirmation parse(byte[] body) {
        JsonNode tree = SandboxJson.tree(body);
        Confirmation confirmation = SandboxJson.convert(tree, Confirmation.class);
        List<Label> labels = confirmation.labels().stream()
                .map(l -> new Label(LabelFormat.valueOf(l.format()), l.contentBase64(), l.parcel())).toList();
        tree.path("labels").forEach(label -> ((ObjectNode) label).remove("content_base64"));
        return new ShipmentConfirmation(confirmation.awb(), confirmation.shipmentId(),
                confirmation.parcels().stream().map(ParcelNumber::trackingNumber).toList(), confirmation.serviceCode(),
                confirmation.charge() == null ? null : confirmation.charge().toMoney(), labels, List.of(), confirmation.estimatedDelivery(),
                tree.toString());
    }

    /** The service asked for, or the sandbox's service for the universal level; the sandbox has no same-day service. */
    private static String serviceCode(ShipmentRequest request) {
        if (request.service() != null) {
            return request.service();
        }
        return switch (request.serviceLevel()) {
            case OVERNIGHT -> "sandbox_overnight";
            case EXPRESS -> "sandbox_express";
            case STANDARD -> "sandbox_standard";
            case ECONOMY -> "sandbox_economy";
            case SAME_DAY -> throw new CarrierException(CarrierErrorCategory.NOT_SERVICEABLE, SandboxCarrier.CODE, "NO_SUCH_SERVICE",
                    "the sandbox has no same-day service", false, null, "serviceLevel", null);
        };
    }
}
