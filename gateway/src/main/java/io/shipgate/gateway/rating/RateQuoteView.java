package io.shipgate.gateway.rating;

import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.gateway.shipment.MoneyView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One carrier service's price, and the account it came from (pass both back to buy it). */
@Schema(description = "One carrier service's price. Buy it with POST /v1/shipments, passing carrier_account_id and service.")
public record RateQuoteView(
        @Schema(description = "The tenant's carrier account that quoted", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox")
        String carrier,
        @Schema(description = "The carrier's service code", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox_economy")
        String service,
        @Schema(description = "The carrier's name for the service", example = "Sandbox Economy")
        String serviceName,
        @Schema(description = "The universal service level of the service")
        ServiceLevel serviceLevel,
        @Schema(description = "What the merchant pays, taxes included when the carrier gives them", requiredMode = Schema.RequiredMode.REQUIRED)
        MoneyView total,
        @Schema(description = "The breakdown of total, when the carrier gives one", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ChargeView> charges,
        @Schema(description = "Business days in transit, when known", example = "6")
        Integer transitDays,
        @Schema(description = "The estimated delivery date (EDD), when known: the first day of the carrier's window")
        LocalDate estimatedDelivery,
        @Schema(description = "The last day of the carrier's delivery window, when it gives a window")
        LocalDate latestDelivery,
        @Schema(description = "Whether the carrier guarantees the delivery date", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean guaranteed,
        @Schema(description = "CARRIER: the carrier's live quote; RATE_CARD: priced by the account's rate card for the service, "
                + "without a carrier call", requiredMode = Schema.RequiredMode.REQUIRED)
        QuoteSource source,
        @Schema(description = "The version of the rate card that priced it (with source RATE_CARD)", example = "3")
        Integer rateCardVersion) {
}
