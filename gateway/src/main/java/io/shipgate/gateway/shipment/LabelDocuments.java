package io.shipgate.gateway.shipment;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Label formats the gateway derives itself: a carrier that issues image labels only (UPS) still
 * gives merchants a printable 4x6 inch PDF, one page per parcel, the image scaled to the page.
 */
public final class LabelDocuments {

    /** 4 x 6 inches in PDF points. */
    private static final PDRectangle FOUR_BY_SIX = new PDRectangle(4 * 72, 6 * 72);

    private LabelDocuments() {
    }

    public static byte[] pdfOfImages(List<byte[]> pngs) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (byte[] png : pngs) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                if (image == null) {
                    throw new IllegalStateException("a stored PNG label cannot be read");
                }
                // landscape images (some carriers' GIF/PNG labels are) are turned to the portrait page
                boolean landscape = image.getWidth() > image.getHeight();
                PDPage page = new PDPage(FOUR_BY_SIX);
                document.addPage(page);
                PDImageXObject pdfImage = LosslessFactory.createFromImage(document, landscape ? rotate(image) : image);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float scale = Math.min(FOUR_BY_SIX.getWidth() / pdfImage.getWidth(), FOUR_BY_SIX.getHeight() / pdfImage.getHeight());
                    float width = pdfImage.getWidth() * scale;
                    float height = pdfImage.getHeight() * scale;
                    content.drawImage(pdfImage, (FOUR_BY_SIX.getWidth() - width) / 2, FOUR_BY_SIX.getHeight() - height, width, height);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the label as PDF", e);
        }
    }

    private static BufferedImage rotate(BufferedImage image) {
        BufferedImage turned = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                turned.setRGB(image.getHeight() - 1 - y, x, image.getRGB(x, y));
            }
        }
        return turned;
    }
}
