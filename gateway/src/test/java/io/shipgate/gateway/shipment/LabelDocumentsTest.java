package io.shipgate.gateway.shipment;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.oned.Code128Writer;
import io.shipgate.carrier.testkit.LabelScanner;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelDocumentsTest {

    /** A label image as carriers send them: white, with a Code 128 of the tracking number; landscape or portrait. */
    private static byte[] labelImage(String trackingNumber, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        BufferedImage barcode = MatrixToImageWriter.toBufferedImage(new Code128Writer().encode(trackingNumber, BarcodeFormat.CODE_128, 600, 150));
        g.drawImage(barcode, 100, 100, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void imageLabelsBecomeA4x6PdfWithAPagePerParcelAndTheirBarcodesReadable() throws IOException {
        byte[] pdf = LabelDocuments.pdfOfImages(List.of(labelImage("1Z12345E0205271688", 812, 1218),
                labelImage("1Z12345E0205271699", 1400, 800)));

        assertThat(LabelScanner.pdfPageCount(pdf)).isEqualTo(2);
        assertThat(LabelScanner.barcodeOfPdf(pdf, 0)).isEqualTo("1Z12345E0205271688");
        assertThat(LabelScanner.barcodeOfPdf(pdf, 1)).isEqualTo("1Z12345E0205271699");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(288f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(432f);
        }
    }
}
