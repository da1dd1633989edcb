package io.shipgate.carrier.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.sandbox.SandboxUnits.WireMoney;
import io.shipgate.carrier.spi.CarrierJson;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's answer to a purchase: {@code POST /v1/shipments}, {@code POST /v1/returns} and
 * {@code GET /v1/purchases/{key}} all answer it. Shared by {@code shipment/} and {@code returns/}.
 * Once the sandbox has sold the label, what can be read is returned: a label whose format is
 * unknown or missing is taken by its position (PDF, ZPL, PNG as asked for), one without content is
 * left out with a {@link CarrierMessage#LABEL_UNREADABLE} warning, never an exception.
 */
public final class SandboxPurchases {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Answer(String shipmentId, String awb, String serviceCode, String status, WireMoney charge,
                         LocalDate estimatedDelivery, List<ParcelNumber> parcels, List<LabelDocument> labels) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ParcelNumber(String trackingNumber) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LabelDocument(String format, Integer parcel, byte[] contentBase64) {
    }

    private SandboxPurchases() {
    }

    /** The confirmation of a purchase answer; its payload is the answer without the label bytes. */
    public static ShipmentConfirmation confirmation(byte[] body) {
        Answer answer = SandboxErrors.read(body, Answer.class);
        if (answer == null || answer.awb() == null || answer.awb().isBlank()) {
            throw SandboxErrors.unreadable("the purchase answer has no awb");
        }
        List<Label> labels = new ArrayList<>();
        List<CarrierMessage> messages = new ArrayList<>();
        List<LabelDocument> documents = answer.labels() == null ? List.of() : answer.labels();
        for (int i = 0; i < documents.size(); i++) {
            LabelDocument document = documents.get(i);
            LabelFormat format = document == null ? null : format(document.format(), i);
            if (format == null || document.contentBase64() == null || document.contentBase64().length == 0) {
                messages.add(new CarrierMessage(CarrierMessage.LABEL_UNREADABLE, "label " + (i + 1) + " of the sandbox's answer cannot be read",
                        CarrierMessage.Level.WARNING, null));
            } else {
                labels.add(new Label(format, document.contentBase64(), document.parcel()));
            }
        }
        List<String> parcels = answer.parcels() == null ? List.of() : answer.parcels().stream()
                .filter(p -> p != null && p.trackingNumber() != null).map(ParcelNumber::trackingNumber).toList();
        return new ShipmentConfirmation(answer.awb(), answer.shipmentId(), parcels, answer.serviceCode(),
                answer.charge() == null ? null : SandboxUnits.money(answer.charge().amount(), answer.charge().currency(), "charge"),
                labels, List.of(), answer.estimatedDelivery(), payload(answer), messages);
    }

    /** The format the label names, else the one asked for at its position. */
    private static LabelFormat format(String name, int position) {
        for (LabelFormat format : LabelFormat.values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        return position < SandboxServices.ALL_LABEL_FORMATS.size()
                ? LabelFormat.valueOf(SandboxServices.ALL_LABEL_FORMATS.get(position)) : null;
    }

    private static String payload(Answer answer) {
        List<LabelDocument> withoutBytes = answer.labels() == null ? null : answer.labels().stream()
                .map(l -> l == null ? null : new LabelDocument(l.format(), l.parcel(), null)).toList();
        return new String(CarrierJson.write(new Answer(answer.shipmentId(), answer.awb(), answer.serviceCode(), answer.status(),
                answer.charge(), answer.estimatedDelivery(), answer.parcels(), withoutBytes)), StandardCharsets.UTF_8);
    }
}
