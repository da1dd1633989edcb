package io.shipgate.carrier.sandbox.serviceability;

import io.shipgate.carrier.model.Serviceability;
import io.shipgate.carrier.model.ServiceabilityRequest;
import io.shipgate.carrier.sandbox.SandboxJson;
import io.shipgate.carrier.sandbox.SandboxWire.WireAddress;
import io.shipgate.carrier.sandbox.SandboxWire.WireMoney;

import java.util.List;

/** {@code POST /v1/serviceability}: what the sandbox offers for a destination, from an origin when given. */
public final class SandboxServiceabilityMapper {

    /** The body of {@code POST /v1/serviceability}. */
    public record ServiceabilityBody(WireAddress origin, WireAddress destination, WireMoney cod) {
    }

    record Answer(boolean serviceable, boolean prepaid, boolean cod, boolean pickup, boolean reversePickup,
                  List<String> services, String remark) {
    }

    private SandboxServiceabilityMapper() {
    }

    public static ServiceabilityBody request(ServiceabilityRequest request) {
        return new ServiceabilityBody(WireAddress.of(request.origin()), WireAddress.of(request.destination()),
                WireMoney.of(request.cod()));
    }

    public static Serviceability parse(byte[] body) {
        Answer answer = SandboxJson.read(body, Answer.class);
        return new Serviceability(answer.serviceable(), answer.prepaid(), answer.cod(), answer.pickup(), answer.reversePickup(),
                answer.services(), answer.remark());
    }
}
