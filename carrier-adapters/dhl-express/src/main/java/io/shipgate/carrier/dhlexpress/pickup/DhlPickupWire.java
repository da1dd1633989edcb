package io.shipgate.carrier.dhlexpress.pickup;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.dhlexpress.DhlWire;

import java.util.List;

/** The JSON of MyDHL's {@code POST /pickups}, request and answer, as MyDHL names it. */
public final class DhlPickupWire {

    private DhlPickupWire() {
    }

    public record Request(String plannedPickupDateAndTime, String closeTime, String location, String locationType,
                          List<DhlWire.Account> accounts, List<SpecialInstruction> specialInstructions,
                          CustomerDetails customerDetails, List<ShipmentDetails> shipmentDetails) {
    }

    public record SpecialInstruction(String value, String typeCode) {
    }

    public record CustomerDetails(DhlWire.Party shipperDetails) {
    }

    /** The parcels one shipment hands over; its AWB when the merchant named it. */
    public record ShipmentDetails(String productCode, @JsonProperty("isCustomsDeclarable") boolean customsDeclarable,
                                  String unitOfMeasurement, String shipmentTrackingNumber, List<DhlWire.Package> packages) {
    }

    /** {@code readyByTime} and {@code nextPickupDate} are local to the pickup's place. */
    public record Response(List<String> dispatchConfirmationNumbers, String readyByTime, String nextPickupDate,
                           List<String> warnings) {
    }
}
