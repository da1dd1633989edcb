package io.shipgate.carrier.delhivery.pickup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** The JSON of the pickup request API ({@code POST /fm/request/new/}), as Delhivery names it. */
public final class DelhiveryPickupWire {

    private DelhiveryPickupWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(@JsonProperty("pickup_location") String pickupLocation, @JsonProperty("pickup_date") String pickupDate,
                          @JsonProperty("pickup_time") String pickupTime,
                          @JsonProperty("expected_package_count") int expectedPackageCount) {
    }

    /** The answer: {@code pickup_id} (a number) when booked; {@code pr_exist} when one is already booked that day. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(@JsonProperty("pickup_id") String pickupId, @JsonProperty("pickup_date") String pickupDate,
                         @JsonProperty("pickup_time") String pickupTime,
                         @JsonProperty("pickup_location_name") String pickupLocationName,
                         @JsonProperty("incoming_center_name") String incomingCenterName,
                         @JsonProperty("expected_package_count") Integer expectedPackageCount,
                         @JsonProperty("pr_exist") Boolean prExist, Boolean success, JsonNode error, JsonNode message) {
    }
}
