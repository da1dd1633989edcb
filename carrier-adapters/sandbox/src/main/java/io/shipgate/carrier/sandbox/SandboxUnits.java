package io.shipgate.carrier.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;

import java.math.BigDecimal;

/**
 * The sandbox's units: weights in whole grams (and the merchant's own weight beside them, which the
 * label prints), lengths in centimetres, money as decimal strings.
 */
public final class SandboxUnits {

    private SandboxUnits() {
    }

    /**
     * One parcel. {@code weightGrams} is what the sandbox prices; {@code weight} is the weight as
     * the merchant gave it ({@code {"value":"2.5","unit":"LB"}}), which its label prints.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record WireParcel(long weightGrams, WireWeight weight, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {

        public static WireParcel of(Parcel parcel) {
            Dimensions cm = parcel.dimensions() == null ? null : parcel.dimensions().to(DimensionUnit.CM);
            return new WireParcel(grams(parcel.weight()), WireWeight.of(parcel.weight()), cm == null ? null : cm.length(),
                    cm == null ? null : cm.width(), cm == null ? null : cm.height());
        }
    }

    /** A weight in the merchant's unit: {@code value} a decimal string, {@code unit} G, KG, OZ or LB. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WireWeight(String value, String unit) {

        static WireWeight of(Weight weight) {
            return new WireWeight(weight.value().stripTrailingZeros().toPlainString(), weight.unit().name());
        }
    }

    /** Money as the sandbox writes it: {@code {"amount":"12.34","currency":"USD"}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WireMoney(String amount, String currency) {

        public static WireMoney of(Money money) {
            return money == null ? null : new WireMoney(money.amount().toPlainString(), money.currency());
        }

        /** An optional charge-bearing amount (COD, declared value): none unless above zero. */
        public static WireMoney ifPositive(Money money) {
            return money == null || money.amount().signum() <= 0 ? null : of(money);
        }
    }

    /** Whole grams, rounded half up, at least one. */
    public static long grams(Weight weight) {
        return weight.in(WeightUnit.G, 0).max(BigDecimal.ONE).longValueExact();
    }

    /** An amount the sandbox answered: a decimal string and an ISO currency; anything else is the carrier's error. */
    public static Money money(String amount, String currency, String field) {
        if (amount == null || currency == null) {
            throw SandboxErrors.unreadable(field + " has no amount or currency");
        }
        try {
            return new Money(new BigDecimal(amount), currency);
        } catch (IllegalArgumentException e) {
            throw SandboxErrors.unreadable(field + " is not an amount in a currency");
        }
    }
}
