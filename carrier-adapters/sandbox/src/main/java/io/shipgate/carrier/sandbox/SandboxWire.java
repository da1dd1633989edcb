package io.shipgate.carrier.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.CustomsItem;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The sandbox's JSON shapes that several operations share, and their conversion from universal
 * values: weights in whole grams, lengths in centimetres, money as decimal strings.
 */
public final class SandboxWire {

    private SandboxWire() {
    }

    /** An address; it holds personal data, so {@link #toString()} masks it. */
    public record WireAddress(String name, String company, String phone, String email, String street1, String street2,
                              String city, String state, String postalCode, String country) {

        public static WireAddress of(Address address) {
            return address == null ? null : new WireAddress(address.name(), address.company(), address.phone(), address.email(),
                    address.street1(), address.street2(), address.city(), address.state(), address.postalCode(), address.country());
        }

        @Override
        public String toString() {
            return "WireAddress[city=" + city + ", postalCode=" + postalCode + ", country=" + country + ", personal data masked]";
        }
    }

    public record WireParcel(long weightGrams, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {

        public static WireParcel of(Parcel parcel) {
            Dimensions cm = parcel.dimensions() == null ? null : parcel.dimensions().to(DimensionUnit.CM);
            return new WireParcel(grams(parcel.weight()), cm == null ? null : cm.length(), cm == null ? null : cm.width(),
                    cm == null ? null : cm.height());
        }
    }

    /** Money as the sandbox writes it: {@code {"amount":"12.34","currency":"USD"}}. */
    public record WireMoney(String amount, String currency) {

        public static WireMoney of(Money money) {
            return money == null ? null : new WireMoney(money.amount().toPlainString(), money.currency());
        }

        /** An optional charge-bearing amount (COD, declared value): none unless above zero. */
        public static WireMoney ifPositive(Money money) {
            return money == null || money.amount().signum() <= 0 ? null : of(money);
        }

        public Money toMoney() {
            return new Money(new BigDecimal(amount), currency);
        }
    }

    public record WireCustomsItem(String description, int quantity, WireMoney unitValue, long unitWeightGrams, String hsCode,
                                  String originCountry, String sku) {

        static WireCustomsItem of(CustomsItem item) {
            return new WireCustomsItem(item.description(), item.quantity(), WireMoney.of(item.unitValue()), grams(item.unitWeight()),
                    item.hsCode(), item.originCountry(), item.sku());
        }
    }

    public record WireCustoms(String contentType, String contentDescription, String incoterm, String dutiesPayer,
                              String invoiceNumber, LocalDate invoiceDate, String exportReason, List<WireCustomsItem> items) {

        public static WireCustoms of(CustomsDeclaration customs) {
            return customs == null ? null : new WireCustoms(customs.contentType().name(), customs.contentDescription(),
                    customs.incoterm().name(), customs.dutiesPayer().name(), customs.invoiceNumber(), customs.invoiceDate(),
                    customs.exportReason().name(), customs.items().stream().map(WireCustomsItem::of).toList());
        }
    }

    /**
     * The body of {@code POST /v1/shipments} and {@code POST /v1/returns}; for a return, shipper is
     * the customer and recipient the warehouse.
     */
    public record WireShipment(String serviceCode, WireAddress shipper, WireAddress recipient, List<WireParcel> parcels,
                               String reference, WireMoney cod, WireMoney declaredValue, String signature,
                               @JsonProperty("is_return") boolean isReturn, WireCustoms customs, List<String> labelFormats,
                               LocalDate shipDate, String originalAwb, String reason) {
    }

    /** Whole grams, rounded half up, at least one. */
    public static long grams(Weight weight) {
        return weight.in(WeightUnit.G, 0).max(BigDecimal.ONE).longValueExact();
    }

    /** The universal service level the sandbox names, or null for a name it should not send. */
    public static ServiceLevel serviceLevel(String name) {
        return Arrays.stream(ServiceLevel.values()).filter(level -> level.name().equals(name)).findFirst().orElse(null);
    }
}
