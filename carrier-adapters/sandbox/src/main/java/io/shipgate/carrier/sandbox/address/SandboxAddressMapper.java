package io.shipgate.carrier.sandbox.address;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.carrier.model.AddressValidation.Verdict;
import io.shipgate.carrier.sandbox.SandboxJson;
import io.shipgate.carrier.sandbox.SandboxWire.WireAddress;

import java.util.Arrays;
import java.util.List;

/**
 * {@code POST /v1/addresses/validate}: the sandbox's verdict on an address. The address goes
 * without its contact (phone, email), which the check does not need; each candidate comes back as
 * a whole universal address, with that contact and the sandbox's residential flag, ready to use
 * in its place.
 */
public final class SandboxAddressMapper {

    /** The body of {@code POST /v1/addresses/validate}. */
    public record ValidationBody(WireAddress address) {
    }

    record Answer(String verdict, Boolean residential, List<WireAddress> candidates, List<String> messages) {
    }

    private SandboxAddressMapper() {
    }

    public static ValidationBody request(Address address) {
        return new ValidationBody(new WireAddress(address.name(), address.company(), null, null, address.street1(),
                address.street2(), address.city(), address.state(), address.postalCode(), address.country()));
    }

    /**
     * The verdict on {@code asked}; one the universal model does not know is AMBIGUOUS, so nobody
     * takes the address as valid.
     */
    public static AddressValidation parse(byte[] body, Address asked) {
        Answer answer = SandboxJson.read(body, Answer.class);
        Verdict verdict = Arrays.stream(Verdict.values()).filter(v -> v.name().equals(answer.verdict())).findFirst()
                .orElse(Verdict.AMBIGUOUS);
        List<Address> candidates = answer.candidates() == null ? List.of() : answer.candidates().stream()
                .map(c -> new Address(c.name(), c.company(), asked.phone(), asked.email(), c.street1(), c.street2(), c.city(),
                        c.state(), c.postalCode(), c.country(), answer.residential()))
                .toList();
        return new AddressValidation(verdict, answer.residential(), candidates, answer.messages());
    }
}
