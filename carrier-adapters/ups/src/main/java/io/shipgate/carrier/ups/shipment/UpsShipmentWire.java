package io.shipgate.carrier.ups.shipment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.ups.UpsWire;

import java.util.List;

/** The JSON of UPS Shipping ({@code POST /api/shipments/{version}/ship}), request and answer, as UPS names it. */
public final class UpsShipmentWire {

    private UpsShipmentWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Request(ShipmentRequest shipmentRequest) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record ShipmentRequest(Header request, Shipment shipment, LabelSpecification labelSpecification) {
    }

    /** {@code RequestOption} "nonvalidate": no street-level validation of the recipient. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Header(String requestOption, UpsWire.TransactionReference transactionReference) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Shipment(String description, UpsWire.CodeDescription returnService, GlobalTaxInformation globalTaxInformation,
                           UpsWire.Party shipper, UpsWire.Party shipTo, UpsWire.Party shipFrom,
                           PaymentInformation paymentInformation, UpsWire.CodeDescription service,
                           @JsonProperty("Package") List<UpsWire.Package> packages, ShipmentServiceOptions shipmentServiceOptions,
                           UpsWire.Amount invoiceLineTotal, UpsWire.ShipmentRatingOptions shipmentRatingOptions,
                           String shipmentDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record PaymentInformation(List<UpsWire.ShipmentCharge> shipmentCharge) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record ShipmentServiceOptions(InternationalForms internationalForms, UpsWire.DeliveryConfirmation deliveryConfirmation) {
    }

    /** The commercial (or partial) invoice UPS generates; {@code OverridePaperlessIndicator} present asks for a paper copy. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record InternationalForms(List<String> formType, @JsonProperty("Product") List<Product> products, String invoiceNumber,
                                     String invoiceDate, String termsOfShipment, String reasonForExport, String currencyCode,
                                     Contacts contacts, String overridePaperlessIndicator) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Contacts(UpsWire.Party soldTo) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Product(List<String> description, Unit unit, String commodityCode, String partNumber, String originCountryCode,
                          UpsWire.Weight productWeight) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Unit(String number, UpsWire.CodeDescription unitOfMeasurement, String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record GlobalTaxInformation(List<AgentTaxIdentificationNumber> agentTaxIdentificationNumber) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record AgentTaxIdentificationNumber(String agentRole, List<TaxIdentificationNumber> taxIdentificationNumber) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaxIdentificationNumber(@JsonProperty("IdentificationNumber") String identificationNumber,
                                          @JsonProperty("IDNumberCustomerRole") String customerRole,
                                          @JsonProperty("IDNumberEncryptionIndicator") String encryptionIndicator,
                                          @JsonProperty("IDNumberIssuingCntryCd") String issuingCountry,
                                          @JsonProperty("IDNumberPurposeCode") String purposeCode,
                                          @JsonProperty("IDNumberTypeCode") String typeCode,
                                          @JsonProperty("IncludeIDNumberOnShippingBrokerageDocs") String onBrokerageDocs) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record LabelSpecification(UpsWire.CodeDescription labelImageFormat, @JsonProperty("HTTPUserAgent") String httpUserAgent,
                                     LabelStockSize labelStockSize) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record LabelStockSize(String height, String width) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Response(ShipmentResponse shipmentResponse) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record ShipmentResponse(UpsWire.ResponseHeader response, ShipmentResults shipmentResults) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record ShipmentResults(ShipmentCharges shipmentCharges, NegotiatedRateCharges negotiatedRateCharges,
                                  String shipmentIdentificationNumber, List<PackageResult> packageResults, Form form) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record ShipmentCharges(UpsWire.Amount totalCharges, UpsWire.Amount totalChargesWithTaxes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record NegotiatedRateCharges(UpsWire.Amount totalCharge, UpsWire.Amount totalChargesWithTaxes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record PackageResult(String trackingNumber, Image shippingLabel) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Form(Image image) {
    }

    /** A label or form: its format ({@code GIF}, {@code ZPL}, {@code PDF}...) and the base64 image. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Image(UpsWire.CodeDescription imageFormat, String graphicImage) {
    }
}
