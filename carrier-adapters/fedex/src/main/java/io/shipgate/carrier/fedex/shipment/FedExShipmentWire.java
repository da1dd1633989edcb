package io.shipgate.carrier.fedex.shipment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shipgate.carrier.fedex.FedExCommodities;
import io.shipgate.carrier.fedex.FedExParties;
import io.shipgate.carrier.fedex.FedExUnits;

import java.math.BigDecimal;
import java.util.List;

/** The JSON of FedEx's Ship API request ({@code POST /ship/v1/shipments}), as FedEx names it; the answer is {@link FedExShipmentAnswerWire}. */
public final class FedExShipmentWire {

    private FedExShipmentWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String labelResponseOptions, RequestedShipment requestedShipment, FedExParties.AccountNumber accountNumber,
                          String shipAction) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestedShipment(String shipDatestamp, String pickupType, String serviceType, String packagingType, Party shipper,
                                    List<Party> recipients, FedExParties.Payment shippingChargesPayment,
                                    LabelSpecification labelSpecification, List<String> rateRequestType, int totalPackageCount,
                                    BigDecimal totalWeight, List<PackageLine> requestedPackageLineItems,
                                    SpecialServices shipmentSpecialServices, CustomsClearance customsClearanceDetail,
                                    DocumentSpecification shippingDocumentSpecification) {
    }

    /** A shipper or recipient with its tax ids ({@code tins}) on a cross-border shipment. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(FedExParties.WireAddress address, FedExParties.Contact contact, List<Tin> tins) {
    }

    public record Tin(String number, String tinType, String usage) {
    }

    public record LabelSpecification(String labelFormatType, String labelStockType, String imageType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PackageLine(int sequenceNumber, FedExUnits.WireWeight weight, FedExUnits.WireDimensions dimensions,
                              FedExUnits.WireMoney declaredValue, List<Reference> customerReferences, String itemDescription,
                              PackageServices packageSpecialServices) {
    }

    public record Reference(String customerReferenceType, String value) {
    }

    public record PackageServices(String signatureOptionType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SpecialServices(List<String> specialServiceTypes, CodDetail shipmentCODDetail, EtdDetail etdDetail,
                                  ReturnDetail returnShipmentDetail) {
    }

    public record CodDetail(String codCollectionType, FedExUnits.WireMoney codCollectionAmount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EtdDetail(List<AttachedDocument> attachedDocuments, List<String> requestedDocumentTypes) {
    }

    public record AttachedDocument(String documentType, String documentReference, String description, String documentId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReturnDetail(String returnType, Rma rma, ReturnAssociation returnAssociationDetail) {
    }

    public record Rma(String reason) {
    }

    public record ReturnAssociation(String trackingNumber) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustomsClearance(FedExParties.Payment dutiesPayment, boolean isDocumentOnly, Invoice commercialInvoice,
                                   List<FedExCommodities.Commodity> commodities, FedExUnits.WireMoney totalCustomsValue) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Invoice(List<String> comments, List<Reference> customerReferences, String termsOfSale, String shipmentPurpose) {
    }

    public record DocumentSpecification(List<String> shippingDocumentTypes, InvoiceDetail commercialInvoiceDetail) {
    }

    public record InvoiceDetail(DocumentFormat documentFormat) {
    }

    public record DocumentFormat(String docType, String stockType) {
    }
}
