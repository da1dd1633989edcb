package io.shipgate.carrier.delhivery.shipment;

import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.shipment.DelhiveryLabelWire.PackingSlip;
import io.shipgate.carrier.delhivery.shipment.DelhiveryLabelWire.Slip;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.spi.CarrierException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The packing slip ({@code GET /api/p/packing_slip?wbns=&pdf=true}) as the label: Delhivery
 * answers {@code packages[]} with, per waybill ({@code wbn}), a {@code pdf_download_link} to the
 * rendered PDF (pre-signed storage) or the PDF itself base64-encoded in {@code pdf_encoding}. The
 * adapter fetches the link (or decodes the data) at purchase, so the gateway stores the PDF's
 * bytes: Delhivery issues PDF only, 4 x 6 inches with {@code pdf_size=4R}.
 */
public final class DelhiveryLabelMapper {

    /** The codes of a slip whose content is there but cannot be read as a PDF. */
    private static final Set<String> UNREADABLE = Set.of("LABEL_NOT_PDF", "INVALID_LABEL_LINK");
    private static final byte[] PDF_MAGIC = "%PDF".getBytes(StandardCharsets.US_ASCII);

    private DelhiveryLabelMapper() {
    }

    /** The labels read from a packing slip and what was said about them: a label Delhivery sold but the adapter cannot read is a warning. */
    public record Labels(List<Label> labels, List<CarrierMessage> messages) {
    }

    /**
     * The packing slip of a waybill Delhivery has sold: its PDF label or, when the slip's content is
     * not a readable PDF (a placeholder, broken base64, a link that is not a URL), no label and a
     * {@link CarrierMessage#LABEL_UNREADABLE} warning: the waybill stands, its label is fetched again
     * later. A slip Delhivery did not return at all, or could not be fetched, is thrown.
     *
     * @param download fetches a download link's bytes
     */
    public static Labels labels(byte[] answer, String waybill, Function<URI, byte[]> download) {
        try {
            return new Labels(List.of(label(answer, waybill, download)), List.of());
        } catch (CarrierException e) {
            if (!UNREADABLE.contains(e.carrierCode())) {
                throw e;
            }
            return new Labels(List.of(), List.of(CarrierMessage.warning(CarrierMessage.LABEL_UNREADABLE,
                    e.getMessage() + "; the waybill stands, its packing slip can be fetched again from Delhivery")));
        }
    }

    /**
     * The PDF label of {@code waybill}.
     *
     * @param download fetches a download link's bytes
     */
    static Label label(byte[] answer, String waybill, Function<URI, byte[]> download) {
        PackingSlip slip = DelhiveryErrors.read(answer, PackingSlip.class);
        Slip pkg = null;
        for (Slip candidate : slip.packages() == null ? List.<Slip>of() : slip.packages()) {
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
