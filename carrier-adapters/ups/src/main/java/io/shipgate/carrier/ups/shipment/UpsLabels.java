package io.shipgate.carrier.ups.shipment;

import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.ups.UpsErrors;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

/**
 * UPS labels to universal ones. UPS prints labels as GIF images or thermal printer code (ZPL, EPL,
 * SPL), never as PDF: a PNG or PDF label is asked for as GIF and returned as PNG (converted here,
 * turned upright when UPS draws it landscape); the gateway renders a PNG into a 4x6 PDF on request.
 */
public final class UpsLabels {

    private UpsLabels() {
    }

    /** UPS's {@code LabelImageFormat} code for the format the merchant prints. */
    static String imageFormatFor(LabelFormat format) {
        return format == LabelFormat.ZPL ? "ZPL" : "GIF";
    }

    /**
     * The label of one package.
     *
     * @param imageFormat UPS's {@code ImageFormat.Code} of the answer (GIF, PNG, ZPL...)
     * @param base64      its {@code GraphicImage}
     */
    static Label label(String imageFormat, String base64, int parcelNumber) {
        byte[] bytes = Base64.getMimeDecoder().decode(base64);
        return switch (imageFormat == null ? "" : imageFormat.toUpperCase(java.util.Locale.ROOT)) {
            case "ZPL" -> new Label(LabelFormat.ZPL, bytes, parcelNumber);
            case "PNG" -> new Label(LabelFormat.PNG, bytes, parcelNumber);
            case "GIF" -> new Label(LabelFormat.PNG, gifToPng(bytes), parcelNumber);
            default -> throw UpsErrors.unexpected("UNEXPECTED_LABEL_FORMAT",
                    "UPS answered a label as " + imageFormat + ", which was not asked for");
        };
    }

    /** UPS's commercial invoice ({@code Form.Image}): PDF, or PNG when UPS answers one. */
    static TradeDocument invoice(String awb, String imageFormat, String base64) {
        boolean png = "PNG".equalsIgnoreCase(imageFormat);
        return new TradeDocument(TradeDocument.Type.COMMERCIAL_INVOICE, "commercial-invoice-" + awb + (png ? ".png" : ".pdf"),
                png ? "image/png" : "application/pdf", Base64.getMimeDecoder().decode(base64));
    }

    /** A GIF as PNG, portrait (UPS draws its 4x6 GIF labels landscape). */
    static byte[] gifToPng(byte[] gif) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(gif));
            if (image == null) {
                throw new IOException("not an image");
            }
            if (image.getWidth() > image.getHeight()) {
                image = rotateClockwise(image);
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new CarrierException(CarrierErrorCategory.UNKNOWN, UpsErrors.CODE, "UNREADABLE_LABEL",
                    "UPS answered a GIF label that cannot be read", false, null, null, e);
        }
    }

    private static BufferedImage rotateClockwise(BufferedImage source) {
        BufferedImage rotated = new BufferedImage(source.getHeight(), source.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < source.getWidth(); x++) {
            for (int y = 0; y < source.getHeight(); y++) {
                rotated.setRGB(source.getHeight() - 1 - y, x, source.getRGB(x, y));
            }
        }
        return rotated;
    }
}
