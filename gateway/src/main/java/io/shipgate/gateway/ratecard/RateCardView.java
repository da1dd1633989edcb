package io.shipgate.gateway.ratecard;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A carrier service's rate card in force, as {@code GET .../rate-cards/{service}} answers: its version, then the card in
 * the upload's JSON format (the version's fields are ignored on upload, so this body can be edited and PUT back).
 */
@Schema(description = "A carrier service's rate card in force, in the JSON upload format, with its version (docs/decide.md, \"Rate cards\").")
public record RateCardView(
        @Schema(description = "The carrier account", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's service code the card prices", requiredMode = Schema.RequiredMode.REQUIRED, example = "surface")
        String service,
        @Schema(description = "The card's version: 1 for the first upload, one more for each upload after it",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "2")
        int version,
        @Schema(description = "When it was uploaded (and took effect)", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant uploadedAt,
        @Schema(description = "Where to download it as CSV", requiredMode = Schema.RequiredMode.REQUIRED)
        String csvUrl,
        @Schema(description = "The currency of every amount (ISO 4217)", requiredMode = Schema.RequiredMode.REQUIRED, example = "INR")
        String currency,
        @Schema(description = "The country of the card's origins and destinations (ISO 3166-1 alpha-2): a card is domestic",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "IN")
        String country,
        @Schema(description = "The service's name in quotes; the service code when absent", example = "Surface")
        String serviceName,
        @Schema(description = "cm³ per kg: a parcel's chargeable weight is at least L×W×H / divisor; absent: actual weight only",
                example = "5000")
        BigDecimal volumetricDivisor,
        @Schema(description = "Fuel surcharge, percent of the freight", example = "12.5")
        String fuelSurchargePercent,
        @Schema(description = "The COD fee: fixed, or a percent of the COD amount with a minimum; absent: none")
        CodFee codFee,
        @Schema(description = "Added when the account's serviceability table marks the destination ODA (out of delivery area)",
                example = "75.00")
        String odaSurcharge,
        @Schema(description = "The zones, each with its lanes, slabs and additional step", requiredMode = Schema.RequiredMode.REQUIRED)
        List<Zone> zones) {

    @Schema(name = "RateCardCodFee", description = "A COD fee: fixed, or percent of the COD amount with a minimum (the higher of the two).")
    public record CodFee(
            @Schema(description = "A fixed fee", example = "30.00") String fixed,
            @Schema(description = "Percent of the COD amount", example = "1.5") String percent,
            @Schema(description = "The least fee with percent", example = "30.00") String minimum) {
    }

    @Schema(name = "RateCardZone", description = "A zone: the lanes (origin and destination postal groups) it covers and its prices by weight.")
    public record Zone(
            @Schema(description = "The zone's name", requiredMode = Schema.RequiredMode.REQUIRED, example = "METRO") String name,
            @Schema(description = "Its lanes", requiredMode = Schema.RequiredMode.REQUIRED) List<Lane> lanes,
            @Schema(description = "Its weight slabs, contiguous from 0 kg", requiredMode = Schema.RequiredMode.REQUIRED) List<Slab> slabs,
            @Schema(description = "The price of each further step beyond the last slab; absent: heavier parcels are not quoted") Step additional) {
    }

    @Schema(name = "RateCardLane", description = "Origin and destination postal groups: * (any), a prefix (11) or a range (110001-110099).")
    public record Lane(
            @Schema(description = "Origin postal codes", requiredMode = Schema.RequiredMode.REQUIRED, example = "1100") String origin,
            @Schema(description = "Destination postal codes", requiredMode = Schema.RequiredMode.REQUIRED, example = "40") String destination) {
    }

    @Schema(name = "RateCardSlab", description = "Over from_kg up to and including to_kg (the first slab from 0 kg, included): price.")
    public record Slab(
            @Schema(description = "The slab is for weights over this (kg); 0 for the first, which includes 0", requiredMode = Schema.RequiredMode.REQUIRED, example = "0") BigDecimal fromKg,
            @Schema(description = "Up to and including this weight (kg)", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.5") BigDecimal toKg,
            @Schema(description = "The freight for a weight in the slab", requiredMode = Schema.RequiredMode.REQUIRED, example = "38.00") String price) {
    }

    @Schema(name = "RateCardStep", description = "Beyond the last slab: price for each further step_kg or part of it.")
    public record Step(
            @Schema(description = "The step (kg)", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.5") BigDecimal stepKg,
            @Schema(description = "The price of each started step", requiredMode = Schema.RequiredMode.REQUIRED, example = "30.00") String price) {
    }
}
