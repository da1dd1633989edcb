package io.shipgate.gateway.manifest;

import com.google.zxing.oned.Code128Writer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest PDF the courier signs at handover: A4, a header (carrier, account, warehouse, date), one row per shipment
 * with its AWB as a Code 128 barcode (vector bars, at least {@value #MIN_MODULE} pt a module, so scanners read it), the
 * reference, pieces, weight and COD; then the totals and the signature and time lines. As many pages as the rows need.
 */
final class ManifestDocument {

    /** What the header prints. */
    record Header(String manifestId, String carrier, String accountName, String accountId, String warehouseName, String warehouseAddress,
                  LocalDate date, String carrierClose) {
    }

    /** One printed row. */
    record Row(String awb, String reference, int pieces, BigDecimal weightKg, String cod) {
    }

    /** The totals line. */
    record Totals(int shipments, int pieces, BigDecimal weightKg, String cod) {
    }

    static final float MIN_MODULE = 0.75f;
    private static final float MAX_MODULE = 1.0f;
    private static final float MARGIN = 36;
    private static final float ROW_HEIGHT = 46;
    private static final float BAR_HEIGHT = 28;
    private static final float BARCODE_X = 62;
    private static final float BARCODE_WIDTH = 236;
    /** Quiet zone on each side of a barcode, in modules. */
    private static final int QUIET_MODULES = 10;
    private static final float[] COLUMNS = {MARGIN, BARCODE_X, 310, 408, 450, 505};
    private static final String[] TITLES = {"#", "AWB", "Reference", "Pieces", "Weight kg", "COD"};
    private static final float CLOSING_HEIGHT = 150;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private ManifestDocument() {
    }

    static byte[] render(Header header, List<Row> rows, Totals totals) {
        return new ManifestDocument().write(header, rows, totals);
    }

    private byte[] write(Header header, List<Row> rows, Totals totals) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<List<Row>> pages = paginate(rows);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = header(content, header, p == 0);
                    y = tableHead(content, y);
                    int first = pages.subList(0, p).stream().mapToInt(List::size).sum();
                    for (int i = 0; i < pages.get(p).size(); i++) {
                        row(content, y, first + i + 1, pages.get(p).get(i));
                        y -= ROW_HEIGHT;
                    }
                    if (p == pages.size() - 1) {
                        closing(content, y - 10, totals);
                    }
                    text(content, regular, 8, MARGIN, 20, "Manifest " + header.manifestId() + "   page " + (p + 1) + " of " + pages.size());
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows per page: the first page has the full header, the last must leave room for totals and signatures. */
    private static List<List<Row>> paginate(List<Row> rows) {
        float top = PDRectangle.A4.getHeight() - MARGIN;
        int firstCapacity = (int) ((top - 150 - 40 - 30) / ROW_HEIGHT);
        int otherCapacity = (int) ((top - 40 - 40 - 30) / ROW_HEIGHT);
        List<List<Row>> pages = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            int capacity = pages.isEmpty() ? firstCapacity : otherCapacity;
            pages.add(rows.subList(i, Math.min(rows.size(), i + capacity)));
            i += capacity;
        }
        List<Row> last = pages.getLast();
        float used = (pages.size() == 1 ? 150 + 40 : 40 + 40) + last.size() * ROW_HEIGHT;
        if (top - used - 30 < CLOSING_HEIGHT) {
            // the totals and signatures go on a page of their own rows: move the last rows over so no page is empty
            int keep = Math.max(1, last.size() - (int) Math.ceil((CLOSING_HEIGHT - (top - used - 30)) / ROW_HEIGHT));
            pages.set(pages.size() - 1, last.subList(0, keep));
            pages.add(last.subList(keep, last.size()));
        }
        return pages;
    }

    private float header(PDPageContentStream content, Header h, boolean full) throws IOException {
        float y = PDRectangle.A4.getHeight() - MARGIN - 10;
        text(content, bold, 16, MARGIN, y, "End-of-day manifest");
        text(content, regular, 9, 340, y, "Date: " + h.date());
        if (!full) {
            text(content, regular, 9, MARGIN, y - 16, "Carrier: " + h.carrier() + "   Warehouse: " + h.warehouseName() + "   (continued)");
            return y - 40;
        }
        y -= 22;
        String[] lines = {
                "Carrier: " + h.carrier(),
                "Account: " + h.accountName() + " (" + h.accountId() + ")",
                "Warehouse: " + h.warehouseName(),
                "Address: " + h.warehouseAddress(),
                "Manifest: " + h.manifestId(),
                "Carrier close: " + h.carrierClose()};
        for (String line : lines) {
            text(content, regular, 9, MARGIN, y, line);
            y -= 13;
        }
        return PDRectangle.A4.getHeight() - MARGIN - 150;
    }

    private float tableHead(PDPageContentStream content, float y) throws IOException {
        for (int i = 0; i < TITLES.length; i++) {
            text(content, bold, 9, COLUMNS[i], y, TITLES[i]);
        }
        line(content, y - 4);
        return y - 12;
    }

    private void row(PDPageContentStream content, float top, int number, Row row) throws IOException {
        float baseline = top - BAR_HEIGHT - 10;
        text(content, regular, 9, COLUMNS[0], top - 14, Integer.toString(number));
        barcode(content, row.awb(), BARCODE_X, top - BAR_HEIGHT - 2);
        text(content, regular, 8, BARCODE_X + QUIET_MODULES * MIN_MODULE, baseline, row.awb());
        text(content, regular, 9, COLUMNS[2], top - 14, clip(row.reference() == null ? "" : row.reference(), 17));
        text(content, regular, 9, COLUMNS[3], top - 14, Integer.toString(row.pieces()));
        text(content, regular, 9, COLUMNS[4], top - 14, row.weightKg().toPlainString());
        text(content, regular, 9, COLUMNS[5], top - 14, row.cod() == null ? "-" : row.cod());
        line(content, top - ROW_HEIGHT + 4);
    }

    private void closing(PDPageContentStream content, float y, Totals t) throws IOException {
        text(content, bold, 10, MARGIN, y, "Totals: shipments " + t.shipments() + "   pieces " + t.pieces() + "   weight "
                + t.weightKg().toPlainString() + " kg   COD " + t.cod());
        y -= 34;
        text(content, regular, 10, MARGIN, y, "Courier name: ______________________________");
        text(content, regular, 10, 320, y, "Courier signature: ____________________");
        y -= 30;
        text(content, regular, 10, MARGIN, y, "Handover date and time: ____________________");
        text(content, regular, 10, 320, y, "Shipper signature: ____________________");
        y -= 30;
        text(content, regular, 8, MARGIN, y, "The courier confirms receipt of the shipments listed, in the pieces counted above.");
    }

    /** The AWB as Code 128 bars, drawn as rectangles: sharp at any resolution. */
    private static void barcode(PDPageContentStream content, String awb, float x, float y) throws IOException {
        boolean[] modules = new Code128Writer().encode(awb);
        float module = Math.max(MIN_MODULE, Math.min(MAX_MODULE, BARCODE_WIDTH / (modules.length + 2 * QUIET_MODULES)));
        float start = x + QUIET_MODULES * module;
        int i = 0;
        while (i < modules.length) {
            if (!modules[i]) {
                i++;
                continue;
            }
            int run = i;
            while (run < modules.length && modules[run]) {
                run++;
            }
            content.addRect(start + i * module, y, (run - i) * module, BAR_HEIGHT);
            i = run;
        }
        content.fill();
    }

    private static void line(PDPageContentStream content, float y) throws IOException {
        content.setLineWidth(0.3f);
        content.moveTo(MARGIN, y);
        content.lineTo(PDRectangle.A4.getWidth() - MARGIN, y);
        content.stroke();
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, text));
        content.endText();
    }

    /** The text with what the standard font cannot encode (non-Latin scripts, controls) replaced by '?'. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(Character.isISOControl(cp) ? "?" : ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "~";
    }
}
