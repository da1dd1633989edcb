package io.shipgate.carrier.dhlexpress.address;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The JSON of MyDHL's {@code GET /address-validate} answer, as MyDHL names it. */
public final class DhlAddressWire {

    private DhlAddressWire() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(List<String> warnings, List<Place> address) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String countryCode, String postalCode, String cityName, String countyName, ServiceArea serviceArea) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceArea(String code, String description, @JsonProperty("GMTOffset") String gmtOffset) {
    }
}
