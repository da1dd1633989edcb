package io.shipgate.carrier.dhlexpress.pickup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.dhlexpress.DhlParties;
import io.shipgate.carrier.dhlexpress.DhlUnits;

import java.util.List;

/** The JSON of MyDHL's {@code POST /pickups}, request and answer, as MyDHL names it. */
public final class DhlPickupWire {

    private DhlPickupWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String plannedPickupDateAndTime, String closeTime, String location, String locationType,
                          List<DhlParties.Account> accounts, List<SpecialInstruction> specialInstructions,
                          CustomerDetails customerDetails, List<ShipmentDetails> shipmentDetails) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SpecialInstruction(String value, String typeCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustomerDetails(DhlParties.Party shipperDetails) {
    }

    /** The parcels one shipment hands over; its AWB when the merchant named it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShipmentDetails(String productCode, @JsonProperty("isCustomsDeclarable") boolean customsDeclarable,
                                  String unitOfMeasurement, String shipmentTrackingNumber, List<DhlUnits.Package> packages) {
    }

    /** {@code readyByTime} and {@code nextPickupDate} are local to the pickup's place. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(List<String> dispatchConfirmationNumbers, String readyByTime, String nextPickupDate,
                           List<String> warnings) {
    }
}
