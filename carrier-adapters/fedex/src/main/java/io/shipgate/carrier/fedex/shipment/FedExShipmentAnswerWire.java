package io.shipgate.carrier.fedex.shipment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.shipgate.carrier.fedex.FedExCommit;

import java.math.BigDecimal;
import java.util.List;

/** The JSON of FedEx's answer to {@code POST /ship/v1/shipments}, as FedEx names it. */
public final class FedExShipmentAnswerWire {

    private FedExShipmentAnswerWire() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(Output output) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Output(List<TransactionShipment> transactionShipments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TransactionShipment(String masterTrackingNumber, String serviceType, List<Piece> pieceResponses,
                                      List<Document> shipmentDocuments, Completed completedShipmentDetail) {
    }

    /** One package: its tracking number, sequence and documents (the label, and others FedEx may add). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Piece(String trackingNumber, Integer packageSequenceNumber, List<Document> packageDocuments) {
    }

    /** A label or document: {@code contentType} LABEL, COMMERCIAL_INVOICE...; {@code docType} PDF, PNG, ZPLII. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String contentType, String docType, String encodedLabel, String trackingNumber) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Completed(TrackingId masterTrackingId, Rating shipmentRating, FedExCommit.OperationalDetail operationalDetail,
                            List<CompletedDocument> shipmentDocuments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrackingId(String trackingNumber) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rating(String actualRateType, List<RateDetail> shipmentRateDetails) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RateDetail(String rateType, BigDecimal totalNetCharge, String currency) {
    }

    /** The older shape of a generated document: {@code type}, {@code imageType} and the image in {@code parts}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CompletedDocument(String type, String imageType, List<Part> parts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String image) {
    }
}
