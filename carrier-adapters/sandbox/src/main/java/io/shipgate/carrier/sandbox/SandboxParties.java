package io.shipgate.carrier.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.Address;

/** Addresses as the sandbox writes them, in every operation that sends or answers one. */
public final class SandboxParties {

    private SandboxParties() {
    }

    /** An address; it holds personal data, so {@link #toString()} masks it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record WireAddress(String name, String company, String phone, String email, String street1, String street2,
                              String city, String state, String postalCode, String country) {

        public static WireAddress of(Address address) {
            return address == null ? null : new WireAddress(address.name(), address.company(), address.phone(), address.email(),
                    address.street1(), address.street2(), address.city(), address.state(), address.postalCode(), address.country());
        }

        /** The same address without its contact (phone, email), for checks that do not need it. */
        public WireAddress withoutContact() {
            return new WireAddress(name, company, null, null, street1, street2, city, state, postalCode, country);
        }

        @Override
        public String toString() {
            return "WireAddress[city=" + city + ", postalCode=" + postalCode + ", country=" + country + ", personal data masked]";
        }
    }
}
