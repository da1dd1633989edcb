package io.shipgate.carrier.dhlexpress.shipment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.dhlexpress.DhlWire;

import java.math.BigDecimal;
import java.util.List;

/** The JSON of MyDHL's {@code POST /shipments}, request and answer, as MyDHL names it. */
public final class DhlShipmentWire {

    private DhlShipmentWire() {
    }

    public record Request(String plannedShippingDateAndTime, Pickup pickup, String productCode, String localProductCode,
                          @JsonProperty("getRateEstimates") boolean rateEstimates, List<DhlWire.Account> accounts,
                          List<DhlWire.ValueAddedService> valueAddedServices, OutputImageProperties outputImageProperties,
                          CustomerDetails customerDetails, Content content, List<DocumentImage> documentImages,
                          EstimatedDeliveryDate estimatedDeliveryDate) {
    }

    /** Whether to book a courier with the label; pickups are booked on their own. */
    public record Pickup(@JsonProperty("isRequested") boolean requested) {
    }

    /** The label format ({@code pdf}, {@code zpl}) and the documents wanted with it. */
    public record OutputImageProperties(int printerDPI, String encodingFormat, List<ImageOption> imageOptions) {
    }

    /** {@code label}, {@code waybillDoc} or {@code invoice}, with its template. */
    public record ImageOption(String typeCode, String templateName, @JsonProperty("isRequested") boolean requested,
                              String invoiceType) {
    }

    public record CustomerDetails(DhlWire.Party shipperDetails, DhlWire.Party receiverDetails, DhlWire.Party importerDetails) {
    }

    public record Content(List<DhlWire.Package> packages, @JsonProperty("isCustomsDeclarable") boolean customsDeclarable,
                          BigDecimal declaredValue, String declaredValueCurrency, ExportDeclaration exportDeclaration,
                          String description, String incoterm, String unitOfMeasurement) {
    }

    public record ExportDeclaration(List<LineItem> lineItems, Invoice invoice, String exportReasonType, String shipmentType) {
    }

    /** One customs line: {@code price} is the unit price, {@code weight} the line's net and gross weight. */
    public record LineItem(int number, String description, BigDecimal price, Quantity quantity, List<CommodityCode> commodityCodes,
                           String exportReasonType, String manufacturerCountry, LineWeight weight) {
    }

    public record Quantity(int value, String unitOfMeasurement) {
    }

    /** An HS code: {@code outbound} is the export tariff number. */
    public record CommodityCode(String typeCode, String value) {
    }

    public record LineWeight(BigDecimal netValue, BigDecimal grossValue) {
    }

    public record Invoice(String number, String date) {
    }

    /** A paperless-trade document sent with the shipment: {@code INV}, {@code PNV}, {@code COO}... in base64. */
    public record DocumentImage(String typeCode, String imageFormat, String content) {

        @Override
        public String toString() {
            return "DocumentImage[" + typeCode + ", " + imageFormat + "]";
        }
    }

    public record EstimatedDeliveryDate(@JsonProperty("isRequested") boolean requested, String typeCode) {
    }

    public record Response(String shipmentTrackingNumber, List<PackageResult> packages, List<DhlWire.Document> documents,
                           List<ShipmentCharge> shipmentCharges, EstimatedDelivery estimatedDeliveryDate) {
    }

    public record PackageResult(Integer referenceNumber, String trackingNumber) {
    }

    public record ShipmentCharge(String currencyType, String priceCurrency, BigDecimal price) {
    }

    public record EstimatedDelivery(String estimatedDeliveryDate, String estimatedDeliveryType) {
    }
}
