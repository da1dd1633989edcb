package io.shipgate.carrier.sandbox.rate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.sandbox.SandboxParties.WireAddress;
import io.shipgate.carrier.sandbox.SandboxUnits.WireMoney;
import io.shipgate.carrier.sandbox.SandboxUnits.WireParcel;

import java.time.LocalDate;
import java.util.List;

/** The JSON of the sandbox's {@code POST /v1/rates}, request and answer. */
public final class SandboxRateWire {

    private SandboxRateWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Request(WireAddress shipper, WireAddress recipient, List<WireParcel> parcels, WireMoney cod,
                          WireMoney declaredValue, LocalDate shipDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(List<Rate> rates) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Rate(String serviceCode, String serviceName, String serviceLevel, String amount, String currency,
                       List<Charge> charges, Integer transitDays, LocalDate estimatedDelivery, LocalDate latestDelivery,
                       Boolean guaranteed) {
    }

    /** A part of the price; {@code type} BASE, SURCHARGE, TAX, DISCOUNT or OTHER when the sandbox says. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Charge(String name, String amount, String type) {
    }
}
