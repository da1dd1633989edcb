package io.shipgate.carrier.dhlexpress.pod;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The JSON of MyDHL's {@code GET /shipments/{awb}/proof-of-delivery} answer, as MyDHL names it. */
public final class DhlProofOfDeliveryWire {

    private DhlProofOfDeliveryWire() {
    }

    /** MyDHL's ePOD answer: {@code {"documents":[{"encodingFormat":"PDF","content":"...","typeCode":"POD"}]}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(List<Document> documents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String encodingFormat, String content, String typeCode) {
    }
}
