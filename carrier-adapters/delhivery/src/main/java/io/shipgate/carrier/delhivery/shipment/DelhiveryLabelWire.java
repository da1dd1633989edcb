package io.shipgate.carrier.delhivery.shipment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The JSON of the packing slip API ({@code GET /api/p/packing_slip?wbns=&pdf=true}), as Delhivery names it. */
public final class DelhiveryLabelWire {

    private DelhiveryLabelWire() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PackingSlip(List<Slip> packages, @JsonProperty("packages_found") Integer packagesFound) {
    }

    /** One waybill's slip: a link to the rendered PDF (pre-signed storage) or the PDF itself, base64-encoded. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Slip(String wbn, @JsonProperty("pdf_download_link") String pdfDownloadLink,
                       @JsonProperty("pdf_encoding") String pdfEncoding) {
    }
}
