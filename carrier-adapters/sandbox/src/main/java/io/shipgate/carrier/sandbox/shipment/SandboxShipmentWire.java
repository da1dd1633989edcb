package io.shipgate.carrier.sandbox.shipment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.sandbox.SandboxCustoms.WireCustoms;
import io.shipgate.carrier.sandbox.SandboxParties.WireAddress;
import io.shipgate.carrier.sandbox.SandboxUnits.WireMoney;
import io.shipgate.carrier.sandbox.SandboxUnits.WireParcel;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of the sandbox's {@code POST /v1/shipments}; it answers a
 * {@link io.shipgate.carrier.sandbox.SandboxPurchases.Answer}, as {@code GET /v1/purchases/{key}} does.
 */
public final class SandboxShipmentWire {

    private SandboxShipmentWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Request(String serviceCode, WireAddress shipper, WireAddress recipient, List<WireParcel> parcels,
                          String reference, WireMoney cod, WireMoney declaredValue, String signature,
                          @JsonProperty("is_return") boolean isReturn, WireCustoms customs, List<String> labelFormats,
                          LocalDate shipDate) {
    }
}
