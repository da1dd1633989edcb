package io.shipgate.carrier.delhivery.shipment;

import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.shipment.DelhiveryLabelWire.PackingSlip;
import io.shipgate.carrier.delhivery.shipment.DelhiveryLabelWire.Slip;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/**
 * The packing slip ({@code GET /api/p/packing_slip?wbns=&pdf=true}) as the label: Delhivery
 * answers {@code packages[]} with, per waybill ({@code wbn}), a {@code pdf_download_link} to the
 * rendered PDF (pre-signed storage) or the PDF itself base64-encoded in {@code pdf_encoding}. The
 * adapter fetches the link (or decodes the data) at purchase, so the gateway stores the PDF's
 * bytes: Delhivery issues PDF only, 4 x 6 inches with {@code pdf_size=4R}.
 */
public final class DelhiveryLabelMapper {

    private static final byte[] PDF_MAGIC = "%PDF".getBytes(StandardCharsets.US_ASCII);

    private DelhiveryLabelMapper() {
    }

    /**
     * The PDF label of {@code waybill}.
     *
     * @param download fetches a download link's bytes
     */
    public static Label label(byte[] answer, String waybill, Function<URI, byte[]> download) {
        PackingSlip slip = DelhiveryErrors.read(answer, PackingSlip.class);
        Slip pkg = null;
        for (Slip candidate : slip.packages() == null ? java.util.List.<Slip>of() : slip.packages()) {
            if (candidate != null && candidate.wbn() != null && waybill.equals(candidate.wbn().strip())) {
                pkg = candidate;
            }
        }
        if (pkg == null) {
            throw DelhiveryErrors.unexpected("NO_LABEL", "Delhivery returned no packing slip for waybill " + waybill);
        }
        String link = blank(pkg.pdfDownloadLink()) ? null : pkg.pdfDownloadLink().strip();
        String encoded = blank(pkg.pdfEncoding()) ? null : pkg.pdfEncoding().strip();
        byte[] pdf;
        if (link != null) {
            pdf = download.apply(link(link));
        } else if (encoded != null) {
            pdf = decode(encoded);
        } else {
            throw DelhiveryErrors.unexpected("NO_LABEL", "Delhivery's packing slip for waybill " + waybill + " has neither a PDF link nor PDF data");
        }
        if (!startsWith(pdf, PDF_MAGIC)) {
            throw DelhiveryErrors.unexpected("LABEL_NOT_PDF", "Delhivery's packing slip for waybill " + waybill + " is not a PDF");
        }
        return new Label(LabelFormat.PDF, pdf, 1);
    }

    private static URI link(String link) {
        try {
            URI uri = URI.create(link);
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException("relative");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw DelhiveryErrors.unexpected("INVALID_LABEL_LINK", "Delhivery's label link is not a URL");
        }
    }

    private static byte[] decode(String encoded) {
        String data = encoded.startsWith("data:") ? encoded.substring(encoded.indexOf(',') + 1) : encoded;
        try {
            return Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw DelhiveryErrors.unexpected("LABEL_NOT_PDF", "Delhivery's PDF data is not base64");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
