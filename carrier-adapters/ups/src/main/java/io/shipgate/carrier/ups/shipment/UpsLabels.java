package io.shipgate.carrier.ups.shipment;

import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.TradeDocument;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

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

    /** A label read from UPS's answer, or why it could not be. */
    record Read(Label label, String problem) {
    }

    /**
     * The label of one package. UPS has sold it: a label that cannot be read is not an exception but
     * a problem to report beside the AWB (a test system's placeholder image, damaged base64, a GIF
     * that is not one). A label without its format is taken by what its bytes are.
     *
     * @param imageFormat UPS's {@code ImageFormat.Code} of the answer (GIF, PNG, ZPL...), or null
     * @param base64      its {@code GraphicImage}
     */
    static Read label(String imageFormat, String base64, int parcelNumber) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            return new Read(null, "the label of parcel " + parcelNumber + " is not base64: " + e.getMessage());
        }
        String format = imageFormat != null ? imageFormat.toUpperCase(Locale.ROOT) : formatOf(bytes);
        return switch (format) {
            case "ZPL" -> new Read(new Label(LabelFormat.ZPL, bytes, parcelNumber), null);
            case "PNG" -> new Read(new Label(LabelFormat.PNG, bytes, parcelNumber), null);
            case "GIF" -> {
                byte[] png = gifToPng(bytes);
                yield png == null ? new Read(null, "the GIF label of parcel " + parcelNumber + " is not an image")
                        : new Read(new Label(LabelFormat.PNG, png, parcelNumber), null);
            }
            default -> new Read(null, "the label of parcel " + parcelNumber + " came as "
                    + (imageFormat == null ? "an unknown format" : imageFormat) + ", which was not asked for");
        };
    }

    /** What a label's bytes are when UPS did not say: GIF or PNG by their signature, ZPL by its start command. */
    private static String formatOf(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.ISO_8859_1);
        if (head.startsWith("GIF8")) {
            return "GIF";
        }
        if (head.startsWith("\u0089PNG")) {
            return "PNG";
        }
        return head.stripLeading().startsWith("^XA") ? "ZPL" : "";
    }

    /** UPS's commercial invoice ({@code Form.Image}): PDF, or PNG when UPS answers one; null when it is not base64. */
    static TradeDocument invoice(String awb, String imageFormat, String base64) {
        boolean png = "PNG".equalsIgnoreCase(imageFormat);
        try {
            return new TradeDocument(TradeDocument.Type.COMMERCIAL_INVOICE, "commercial-invoice-" + awb + (png ? ".png" : ".pdf"),
                    png ? "image/png" : "application/pdf", Base64.getMimeDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A GIF as PNG, portrait (UPS draws its 4x6 GIF labels landscape); null when it is not an image. */
    static byte[] gifToPng(byte[] gif) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(gif));
            if (image == null) {
                return null;
            }
            if (image.getWidth() > image.getHeight()) {
                image = rotateClockwise(image);
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
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
