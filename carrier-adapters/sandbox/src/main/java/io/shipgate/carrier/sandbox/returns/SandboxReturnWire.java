package io.shipgate.carrier.sandbox.returns;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.sandbox.SandboxCustoms.WireCustoms;
import io.shipgate.carrier.sandbox.SandboxParties.WireAddress;
import io.shipgate.carrier.sandbox.SandboxUnits.WireParcel;

import java.util.List;

/**
 * The body of the sandbox's {@code POST /v1/returns}: the customer is the shipper, the warehouse the
 * recipient. It answers a {@link io.shipgate.carrier.sandbox.SandboxPurchases.Answer}.
 */
public final class SandboxReturnWire {

    private SandboxReturnWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Request(String serviceCode, WireAddress shipper, WireAddress recipient, List<WireParcel> parcels,
                          String reference, @JsonProperty("is_return") boolean isReturn, WireCustoms customs,
                          List<String> labelFormats, String originalAwb, String reason) {
    }
}
