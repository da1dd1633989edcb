package io.shipgate.carrier.sandbox.serviceability;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.Serviceability;
import io.shipgate.carrier.model.ServiceabilityRequest;
import io.shipgate.carrier.sandbox.SandboxErrors;
import io.shipgate.carrier.sandbox.SandboxParties.WireAddress;
import io.shipgate.carrier.sandbox.SandboxUnits.WireMoney;

import java.util.List;
import java.util.Objects;

/** {@code POST /v1/serviceability}: what the sandbox offers for a destination, from an origin when given. */
public final class SandboxServiceabilityMapper {

    /** The body of {@code POST /v1/serviceability}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceabilityBody(WireAddress origin, WireAddress destination, WireMoney cod) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Answer(boolean serviceable, boolean prepaid, boolean cod, boolean pickup, boolean reversePickup,
                  List<String> services, String remark) {
    }

    private SandboxServiceabilityMapper() {
    }

    public static ServiceabilityBody request(ServiceabilityRequest request) {
        return new ServiceabilityBody(WireAddress.of(request.origin()), WireAddress.of(request.destination()),
                WireMoney.of(request.cod()));
    }

    public static Serviceability parse(byte[] body) {
        Answer answer = SandboxErrors.read(body, Answer.class);
        return new Serviceability(answer.serviceable(), answer.prepaid(), answer.cod(), answer.pickup(), answer.reversePickup(),
                answer.services() == null ? null : answer.services().stream().filter(Objects::nonNull).toList(),
                answer.remark());
    }
}
