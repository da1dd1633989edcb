package io.shipgate.carrier.ups.rate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.ups.UpsWire;

import java.util.List;

/** The JSON of UPS Rating ({@code POST /api/rating/{version}/Shop}), request and answer, as UPS names it. */
public final class UpsRateWire {

    private UpsRateWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Request(RateRequest rateRequest) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record RateRequest(Header request, Shipment shipment) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Header(UpsWire.TransactionReference transactionReference) {
    }

    /** {@code TaxInformationIndicator} (present, empty) asks UPS for taxes and the total with them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Shipment(UpsWire.Party shipper, UpsWire.Party shipTo, UpsWire.Party shipFrom, PaymentDetails paymentDetails,
                           String numOfPieces, @JsonProperty("Package") List<UpsWire.Package> packages,
                           UpsWire.ShipmentRatingOptions shipmentRatingOptions, UpsWire.Amount invoiceLineTotal,
                           String taxInformationIndicator) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record PaymentDetails(List<UpsWire.ShipmentCharge> shipmentCharge) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Response(RateResponse rateResponse) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record RateResponse(UpsWire.ResponseHeader response, List<RatedShipment> ratedShipment) {
    }

    /**
     * One rated service. {@code TotalChargesWithTaxes} and {@code TaxCharges} come when the request
     * carried {@code TaxInformationIndicator} (and, for the published rates, when no negotiated
     * rates apply).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record RatedShipment(UpsWire.CodeDescription service, List<UpsWire.CodeDescription> ratedShipmentAlert,
                                UpsWire.Amount baseServiceCharge, UpsWire.Amount transportationCharges,
                                UpsWire.Amount serviceOptionsCharges, UpsWire.Amount totalCharges,
                                UpsWire.Amount totalChargesWithTaxes, List<TaxCharge> taxCharges,
                                List<ItemizedCharge> itemizedCharges, NegotiatedRateCharges negotiatedRateCharges,
                                GuaranteedDelivery guaranteedDelivery, TimeInTransit timeInTransit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record NegotiatedRateCharges(List<ItemizedCharge> itemizedCharges, List<TaxCharge> taxCharges,
                                        UpsWire.Amount totalCharge, UpsWire.Amount totalChargesWithTaxes) {
    }

    /** A surcharge: {@code Code} (e.g. 375 fuel), its amount. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record ItemizedCharge(String code, String description, String subType, String currencyCode, String monetaryValue) {
    }

    /** A tax: {@code Type} (e.g. VAT), its amount (in the shipment's currency). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record TaxCharge(String type, String monetaryValue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record GuaranteedDelivery(String businessDaysInTransit, String deliveryByTime, String scheduledDeliveryDate) {
    }

    /** Present when the request asked for time in transit (not asked today). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record TimeInTransit(String pickupDate) {
    }
}
