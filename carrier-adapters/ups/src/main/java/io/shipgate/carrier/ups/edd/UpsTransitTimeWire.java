package io.shipgate.carrier.ups.edd;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/** The JSON of UPS Time in Transit ({@code POST /api/shipments/{version}/transittimes}), as UPS names it (camelCase). */
public final class UpsTransitTimeWire {

    private UpsTransitTimeWire() {
    }

    /** Weight and package count are numbers, as the schema types them; the rest text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String originCountryCode, String originStateProvince, String originCityName, String originPostalCode,
                          String destinationCountryCode, String destinationStateProvince, String destinationCityName,
                          String destinationPostalCode, BigDecimal weight, String weightUnitOfMeasure, String billType,
                          String shipDate, String residentialIndicator, Integer numberOfPackages) {
    }

    /**
     * The answer: the services with their dates ({@code emsResponse}), or, when UPS cannot place an
     * address or a value is invalid (HTTP 206), the {@code validationList} and candidate towns.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(ValidationList validationList, List<Candidate> destinationPickList, List<Candidate> originPickList,
                           EmsResponse emsResponse) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ValidationList(List<String> invalidFieldList, List<String> invalidFieldListCodes, Boolean destinationAmbiguous,
                                 Boolean originAmbiguous) {
    }

    /** A place UPS proposes for an ambiguous address. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(String countryName, String countryCode, String stateProvince, String city, String town, String postalCode,
                            String postalCodeLow, String postalCodeHigh) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EmsResponse(List<Service> services) {
    }

    /** A service: UPS's Time in Transit code ({@code GND}), delivery date, business days, whether guaranteed ("1"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Service(String serviceLevel, String serviceLevelDescription, String deliveryDate, String businessTransitDays,
                          String guaranteeIndicator) {
    }
}
