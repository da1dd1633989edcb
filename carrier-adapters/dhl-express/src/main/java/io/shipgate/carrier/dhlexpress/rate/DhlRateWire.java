package io.shipgate.carrier.dhlexpress.rate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.dhlexpress.DhlParties;
import io.shipgate.carrier.dhlexpress.DhlPrices;
import io.shipgate.carrier.dhlexpress.DhlServices;
import io.shipgate.carrier.dhlexpress.DhlUnits;

import java.math.BigDecimal;
import java.util.List;

/** The JSON of MyDHL's {@code POST /rates}, request and answer, as MyDHL names it. */
public final class DhlRateWire {

    private DhlRateWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(CustomerDetails customerDetails, List<DhlParties.Account> accounts,
                          List<DhlServices.ValueAddedService> valueAddedServices, String plannedShippingDateAndTime,
                          String unitOfMeasurement, @JsonProperty("isCustomsDeclarable") boolean customsDeclarable,
                          List<MonetaryAmount> monetaryAmount, EstimatedDeliveryDate estimatedDeliveryDate,
                          boolean nextBusinessDay, boolean returnStandardProductsOnly, List<DhlUnits.Package> packages) {
    }

    /** The rate service takes both addresses flat. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustomerDetails(DhlParties.PostalAddress shipperDetails, DhlParties.PostalAddress receiverDetails) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MonetaryAmount(String typeCode, BigDecimal value, String currency) {
    }

    /** {@code QDDC}: the delivery date DHL tells consumers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EstimatedDeliveryDate(@JsonProperty("isRequested") boolean requested, String typeCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(List<Product> products, List<String> warnings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Product(String productName, String productCode, String localProductCode, List<DhlPrices.Price> totalPrice,
                          List<PriceGroup> totalPriceBreakdown, List<DetailedPriceGroup> detailedPriceBreakdown,
                          DeliveryCapabilities deliveryCapabilities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriceGroup(String currencyType, String priceCurrency, List<TypedPrice> priceBreakdown) {
    }

    /** A part of a price: its type code ({@code VAT}, {@code STTXA}...), and in the detailed breakdown its kind ({@code TAX}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TypedPrice(String typeCode, String priceType, BigDecimal price) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DetailedPriceGroup(String currencyType, String priceCurrency, List<DetailedCharge> breakdown) {
    }

    /** One charge of the detailed breakdown, its taxes in {@code priceBreakdown}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DetailedCharge(String name, String serviceCode, BigDecimal price, List<TypedPrice> priceBreakdown) {
    }

    /** The delivery date is the destination's local date and time, without offset. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveryCapabilities(String deliveryTypeCode, String estimatedDeliveryDateAndTime, Integer totalTransitDays) {
    }
}
