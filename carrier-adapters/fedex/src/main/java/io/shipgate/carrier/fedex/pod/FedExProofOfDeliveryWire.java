package io.shipgate.carrier.fedex.pod;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The JSON of FedEx's {@code POST /track/v1/trackingdocuments}, as FedEx names it. */
public final class FedExProofOfDeliveryWire {

    private FedExProofOfDeliveryWire() {
    }

    public record Request(DocumentDetail trackDocumentDetail, List<Specification> trackDocumentSpecification) {
    }

    public record DocumentDetail(String documentType, String documentFormat) {
    }

    public record Specification(NumberInfo trackingNumberInfo, String accountNumber) {
    }

    public record NumberInfo(String trackingNumber) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(Output output) {
    }

    /** {@code documents}: the letters, base64. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Output(String documentType, String documentFormat, List<String> documents) {
    }
}
