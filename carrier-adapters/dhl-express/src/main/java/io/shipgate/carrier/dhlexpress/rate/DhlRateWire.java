package io.shipgate.carrier.dhlexpress.rate;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.dhlexpress.DhlWire;

import java.math.BigDecimal;
import java.util.List;

/** The JSON of MyDHL's {@code POST /rates}, request and answer, as MyDHL names it. */
public final class DhlRateWire {

    private DhlRateWire() {
    }

    public record Request(CustomerDetails customerDetails, List<DhlWire.Account> accounts,
                          List<DhlWire.ValueAddedService> valueAddedServices, String plannedShippingDateAndTime,
                          String unitOfMeasurement, @JsonProperty("isCustomsDeclarable") boolean customsDeclarable,
                          List<MonetaryAmount> monetaryAmount, EstimatedDeliveryDate estimatedDeliveryDate,
                          boolean nextBusinessDay, boolean returnStandardProductsOnly, List<DhlWire.Package> packages) {
    }

    /** The rate service takes both addresses flat. */
    public record CustomerDetails(DhlWire.PostalAddress shipperDetails, DhlWire.PostalAddress receiverDetails) {
    }

    public record MonetaryAmount(String typeCode, BigDecimal value, String currency) {
    }

    /** {@code QDDC}: the delivery date DHL tells consumers. */
    public record EstimatedDeliveryDate(@JsonProperty("isRequested") boolean requested, String typeCode) {
    }

    public record Response(List<Product> products, List<String> warnings) {
    }

    public record Product(String productName, String productCode, String localProductCode, List<Price> totalPrice,
                          List<PriceGroup> totalPriceBreakdown, List<DetailedPriceGroup> detailedPriceBreakdown,
                          DeliveryCapabilities deliveryCapabilities) {
    }

    /** A total in one currency: {@code BILLC} the account's billing currency, {@code PULCL} the pickup country's, {@code BASEC} DHL's base. */
    public record Price(String currencyType, String priceCurrency, BigDecimal price) {
    }

    public record PriceGroup(String currencyType, String priceCurrency, List<TypedPrice> priceBreakdown) {
    }

    public record TypedPrice(String typeCode, BigDecimal price) {
    }

    public record DetailedPriceGroup(String currencyType, String priceCurrency, List<DetailedCharge> breakdown) {
    }

    /** One charge of the detailed breakdown, its taxes in {@code priceBreakdown}. */
    public record DetailedCharge(String name, String serviceCode, BigDecimal price, List<TypedPrice> priceBreakdown) {
    }

    /** The delivery date is the destination's local date and time, without offset. */
    public record DeliveryCapabilities(String deliveryTypeCode, String estimatedDeliveryDateAndTime, Integer totalTransitDays) {
    }
}
