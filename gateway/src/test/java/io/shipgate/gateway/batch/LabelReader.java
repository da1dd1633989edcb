package io.shipgate.gateway.batch;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads label documents back as a scanner would (beside the test kit's LabelScanner): every Code 128 of a PDF page
 * (a 4-up sheet), in reading order, and a ZPL graphic field ({@code ^GFA} with ZPL's ASCII compression) as an image.
 */
final class LabelReader {

    private static final Map<DecodeHintType, Object> CODE_128 = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
            DecodeHintType.TRY_HARDER, true);

    private LabelReader() {
    }

    /** The page's barcodes, top row first, left to right (rendered at 200 dpi, as a printer driver would). */
    static List<String> barcodesOfPdfPage(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 200);
            Result[] found = new GenericMultipleBarcodeReader(new MultiFormatReader())
                    .decodeMultiple(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), CODE_128);
            int half = image.getHeight() / 2;
            return Arrays.stream(found)
                    .sorted(Comparator.<Result>comparingInt(r -> r.getResultPoints()[0].getY() < half ? 0 : 1)
                            .thenComparingDouble(r -> r.getResultPoints()[0].getX()))
                    .map(Result::getText).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException e) {
            throw new AssertionError("no Code 128 on page " + page, e);
        }
    }

    static String barcodeOf(BufferedImage image) {
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), CODE_128)
                    .getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no Code 128 found", e);
        }
    }

    /** The image of a ZPL label made of one graphic field. */
    static BufferedImage imageOfZpl(String zpl) {
        int at = zpl.indexOf("^GFA,");
        String[] head = zpl.substring(at + 5).split(",", 4);
        int total = Integer.parseInt(head[0]);
        int perRow = Integer.parseInt(head[2]);
        String data = head[3].substring(0, head[3].indexOf("^FS"));
        int rows = total / perRow;
        BufferedImage image = new BufferedImage(perRow * 8, rows, BufferedImage.TYPE_INT_RGB);
        String previous = null;
        int i = 0;
        for (int y = 0; y < rows; y++) {
            StringBuilder row = new StringBuilder();
            if (data.charAt(i) == ':') {
                row.append(previous);
                i++;
            } else {
                while (row.length() < perRow * 2) {
                    char c = data.charAt(i++);
                    if (c == ',') {
                        row.append("0".repeat(perRow * 2 - row.length()));
                    } else if (c == '!') {
                        row.append("F".repeat(perRow * 2 - row.length()));
                    } else {
                        int count = 0;
                        while (c >= 'G' && c <= 'Y' || c >= 'g' && c <= 'z') {
                            count += c >= 'g' ? (c - 'f') * 20 : c - 'F';
                            c = data.charAt(i++);
                        }
                        row.append(String.valueOf(c).repeat(Math.max(1, count)));
                    }
                }
            }
            previous = row.toString();
            for (int x = 0; x < perRow * 8; x++) {
                int nibble = Character.digit(previous.charAt(x / 4), 16);
                boolean black = (nibble >> (3 - x % 4) & 1) == 1;
                image.setRGB(x, y, black ? 0 : 0xFFFFFF);
            }
        }
        return image;
    }
}
