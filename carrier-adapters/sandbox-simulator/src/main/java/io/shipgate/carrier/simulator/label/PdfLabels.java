package io.shipgate.carrier.simulator.label;

import io.shipgate.carrier.simulator.label.LabelElement.Barcode;
import io.shipgate.carrier.simulator.label.LabelElement.Box;
import io.shipgate.carrier.simulator.label.LabelElement.Text;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders labels as one PDF, a 4x6 inch page (288x432 pt) per parcel, with the standard Helvetica
 * fonts; the same drawing renders other documents (the proof-of-delivery letter) on pages of their
 * own size. Those fonts only encode WinAnsi: any other character is printed as '?'.
 */
final class PdfLabels {

    private static final float POINTS_PER_DOT = 72f / LabelLayout.DPI;
    /** Where the baseline sits below the top of a line box, in font sizes. */
    private static final float ASCENT = 0.8f;

    private PdfLabels() {
    }

    /** Labels: a 4x6 inch page per element list. */
    static byte[] render(String title, List<List<LabelElement>> pages) {
        return render(title, LabelLayout.WIDTH, LabelLayout.HEIGHT, pages);
    }

    /** A page of {@code width} x {@code height} dots (at {@value LabelLayout#DPI} dpi) per element list. */
    static byte[] render(String title, int width, int height, List<List<LabelElement>> pages) {
        PDRectangle size = new PDRectangle(width * POINTS_PER_DOT, height * POINTS_PER_DOT);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Shipgate Sandbox");
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (List<LabelElement> elements : pages) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (LabelElement element : elements) {
                        switch (element) {
                            case Text t -> text(content, size, t, t.bold() ? bold : regular);
                            case Box b -> box(content, size, b);
                            case Barcode b -> {
                                for (Box bar : b.bars()) {
                                    box(content, size, bar);
                                }
                            }
                        }
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF " + title, e);
        }
    }

    private static void text(PDPageContentStream content, PDRectangle page, Text text, PDType1Font font) throws IOException {
        String value = winAnsi(text.value());
        float size = text.size() * POINTS_PER_DOT;
        float left = text.centred() ? (page.getWidth() - font.getStringWidth(value) / 1000 * size) / 2 : x(text.x());
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(left, y(page, text.y() + text.size() * ASCENT));
        content.showText(value);
        content.endText();
    }

    private static void box(PDPageContentStream content, PDRectangle page, Box box) throws IOException {
        if (box.filled()) {
            fill(content, page, box.x(), box.y(), box.width(), box.height());
            return;
        }
        int t = box.thickness();
        fill(content, page, box.x(), box.y(), box.width(), t);
        fill(content, page, box.x(), box.y() + box.height() - t, box.width(), t);
        fill(content, page, box.x(), box.y(), t, box.height());
        fill(content, page, box.x() + box.width() - t, box.y(), t, box.height());
    }

    /** Queues a black rectangle given in dots from the top left and fills it. */
    private static void fill(PDPageContentStream content, PDRectangle page, float x, float top, float width, float height)
            throws IOException {
        content.addRect(x(x), y(page, top + height), width * POINTS_PER_DOT, height * POINTS_PER_DOT);
        content.fill();
    }

    private static float x(float dots) {
        return dots * POINTS_PER_DOT;
    }

    private static float y(PDRectangle page, float dotsFromTop) {
        return page.getHeight() - dotsFromTop * POINTS_PER_DOT;
    }

    /** The text with every character the standard fonts cannot encode (WinAnsi) replaced by '?'. */
    static String winAnsi(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String glyph = GlyphList.getAdobeGlyphList().codePointToName(cp);
            out.appendCodePoint(Character.isISOControl(cp) ? ' ' : WinAnsiEncoding.INSTANCE.contains(glyph) ? cp : '?');
        });
        return out.toString();
    }
}
