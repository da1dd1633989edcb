package io.shipgate.carrier.sandbox;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Reads label barcodes the way a scanner would: from a rendered PDF page or a PNG. */
final class Barcodes {

    private Barcodes() {
    }

    /** The Code 128 on page {@code pageIndex} of the PDF, rendered at 200 dpi. */
    static String fromPdf(byte[] pdf, int pageIndex) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return decode(new PDFRenderer(document).renderImageWithDPI(pageIndex, 200));
        }
    }

    static String fromPng(byte[] png) throws IOException {
        return decode(ImageIO.read(new ByteArrayInputStream(png)));
    }

    private static String decode(BufferedImage image) {
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128), DecodeHintType.TRY_HARDER, true)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no Code 128 barcode found on the label", e);
        }
    }
}
