package io.shipgate.carrier.sandbox.ndr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.sandbox.SandboxErrors;
import io.shipgate.carrier.sandbox.SandboxParties.WireAddress;

import java.time.LocalDate;
import java.util.Arrays;

/** {@code POST /v1/shipments/{awb}/ndr}: what to do after a failed delivery attempt. */
public final class SandboxNdrMapper {

    /** The body of {@code POST /v1/shipments/{awb}/ndr}; the action's names are the universal ones. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record NdrBody(String action, LocalDate deferredDate, WireAddress address, String phone, String remarks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Answer(String requestId, String status, String message) {
    }

    private SandboxNdrMapper() {
    }

    public static NdrBody request(NdrActionRequest request) {
        return new NdrBody(request.action().name(), request.deferredDate(), WireAddress.of(request.newAddress()),
                request.newPhone(), request.remarks());
    }

    /** The sandbox's answer; a status the universal model does not know is PENDING, so nobody assumes it worked. */
    public static NdrActionResult parse(byte[] body) {
        Answer answer = SandboxErrors.read(body, Answer.class);
        NdrActionResult.Status status = Arrays.stream(NdrActionResult.Status.values())
                .filter(s -> s.name().equals(answer.status())).findFirst().orElse(NdrActionResult.Status.PENDING);
        return new NdrActionResult(answer.requestId(), status, answer.message());
    }
}
