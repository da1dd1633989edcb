package io.shipgate.carrier.delhivery.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.delhivery.DelhiveryScans;

/** The JSON of Delhivery's scan push, as Delhivery names it: {@code {"Shipment": {...}}}, or a list of them. */
public final class DelhiveryWebhookWire {

    private DelhiveryWebhookWire() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Push(@JsonProperty("Shipment") Shipment shipment) {
    }

    /** The pushed scan: the tracking answer's {@code Status} block, its code in {@code NSLCode}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Shipment(@JsonProperty("AWB") String awb, @JsonProperty("Status") DelhiveryScans.Status status,
                           @JsonProperty("NSLCode") String nslCode, @JsonProperty("ReferenceNo") String referenceNo,
                           @JsonProperty("Sortcode") String sortCode, @JsonProperty("PickUpDate") String pickUpDate,
                           @JsonProperty("ExpectedDeliveryDate") String expectedDeliveryDate,
                           @JsonProperty("PromisedDeliveryDate") String promisedDeliveryDate) {
    }
}
