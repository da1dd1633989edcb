package io.shipgate.carrier.dhlexpress.shipment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.dhlexpress.DhlParties;
import io.shipgate.carrier.dhlexpress.DhlPrices;
import io.shipgate.carrier.dhlexpress.DhlServices;
import io.shipgate.carrier.dhlexpress.DhlUnits;

import java.math.BigDecimal;
import java.util.List;

/** The JSON of MyDHL's {@code POST /shipments}, request and answer, as MyDHL names it. */
public final class DhlShipmentWire {

    private DhlShipmentWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String plannedShippingDateAndTime, Pickup pickup, String productCode, String localProductCode,
                          @JsonProperty("getRateEstimates") boolean rateEstimates, List<DhlParties.Account> accounts,
                          List<DhlServices.ValueAddedService> valueAddedServices, OutputImageProperties outputImageProperties,
                          CustomerDetails customerDetails, Content content, List<DocumentImage> documentImages,
                          EstimatedDeliveryDate estimatedDeliveryDate) {
    }

    /** Whether to book a courier with the label; pickups are booked on their own. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pickup(@JsonProperty("isRequested") boolean requested) {
    }

    /** The label format ({@code pdf}, {@code zpl}) and the documents wanted with it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutputImageProperties(int printerDPI, String encodingFormat, List<ImageOption> imageOptions) {
    }

    /** {@code label}, {@code waybillDoc} or {@code invoice}, with its template. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImageOption(String typeCode, String templateName, @JsonProperty("isRequested") boolean requested,
                              String invoiceType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustomerDetails(DhlParties.Party shipperDetails, DhlParties.Party receiverDetails, DhlParties.Party importerDetails) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Content(List<DhlUnits.Package> packages, @JsonProperty("isCustomsDeclarable") boolean customsDeclarable,
                          BigDecimal declaredValue, String declaredValueCurrency, ExportDeclaration exportDeclaration,
                          String description, String incoterm, String unitOfMeasurement) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExportDeclaration(List<LineItem> lineItems, Invoice invoice, String exportReasonType, String shipmentType) {
    }

    /** One customs line: {@code price} is the unit price, {@code weight} the line's net and gross weight. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineItem(int number, String description, BigDecimal price, Quantity quantity, List<CommodityCode> commodityCodes,
                           String exportReasonType, String manufacturerCountry, LineWeight weight) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quantity(int value, String unitOfMeasurement) {
    }

    /** An HS code: {@code outbound} is the export tariff number. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommodityCode(String typeCode, String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineWeight(BigDecimal netValue, BigDecimal grossValue) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Invoice(String number, String date) {
    }

    /** A paperless-trade document sent with the shipment: {@code INV}, {@code PNV}, {@code COO}... in base64. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentImage(String typeCode, String imageFormat, String content) {

        @Override
        public String toString() {
            return "DocumentImage[" + typeCode + ", " + imageFormat + "]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EstimatedDeliveryDate(@JsonProperty("isRequested") boolean requested, String typeCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(String shipmentTrackingNumber, List<PackageResult> packages, List<Document> documents,
                           List<DhlPrices.Price> shipmentCharges, EstimatedDelivery estimatedDeliveryDate, List<String> warnings) {
    }

    /** A document MyDHL returns (label, waybill, commercial invoice...), its content in base64. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String imageFormat, String content, String typeCode, Integer packageReferenceNumber) {

        @Override
        public String toString() {
            return "Document[" + typeCode + ", " + imageFormat + ", package " + packageReferenceNumber + "]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PackageResult(Integer referenceNumber, String trackingNumber) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EstimatedDelivery(String estimatedDeliveryDate, String estimatedDeliveryType) {
    }
}
