package io.shipgate.carrier.sandbox.address;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.carrier.model.AddressValidation.Verdict;
import io.shipgate.carrier.sandbox.SandboxErrors;
import io.shipgate.carrier.sandbox.SandboxParties.WireAddress;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST /v1/addresses/validate}: the sandbox's verdict on an address. The address goes
 * without its contact (phone, email), which the check does not need; each candidate comes back as
 * a whole universal address, with that contact and the sandbox's residential flag, ready to use
 * in its place.
 */
public final class SandboxAddressMapper {

    /** The body of {@code POST /v1/addresses/validate}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ValidationBody(WireAddress address) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(String verdict, Boolean residential, List<WireAddress> candidates, List<String> messages) {
    }

    private SandboxAddressMapper() {
    }

    public static ValidationBody request(Address address) {
        return new ValidationBody(WireAddress.of(address).withoutContact());
    }

    /**
     * The verdict on {@code asked}; one the universal model does not know is AMBIGUOUS, so nobody
     * takes the address as valid.
     */
    public static AddressValidation parse(byte[] body, Address asked) {
        Answer answer = SandboxErrors.read(body, Answer.class);
        Verdict verdict = Arrays.stream(Verdict.values()).filter(v -> v.name().equals(answer.verdict())).findFirst()
                .orElse(Verdict.AMBIGUOUS);
        List<Address> candidates = answer.candidates() == null ? List.of() : answer.candidates().stream().filter(Objects::nonNull)
                .map(c -> new Address(c.name(), c.company(), asked.phone(), asked.email(), c.street1(), c.street2(), c.city(),
                        c.state(), c.postalCode(), c.country(), answer.residential()))
                .toList();
        return new AddressValidation(verdict, answer.residential(), candidates,
                answer.messages() == null ? null : answer.messages().stream().filter(Objects::nonNull).toList());
    }
}
