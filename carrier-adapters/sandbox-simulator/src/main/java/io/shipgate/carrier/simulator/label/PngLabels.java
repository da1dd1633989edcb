package io.shipgate.carrier.simulator.label;

import io.shipgate.carrier.simulator.label.LabelElement.Barcode;
import io.shipgate.carrier.simulator.label.LabelElement.Box;
import io.shipgate.carrier.simulator.label.LabelElement.Text;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders one parcel's label as a 1-bit PNG of 812x1218 pixels that says it is 203 dpi (pHYs),
 * drawn with Java2D. Black and white only, as a thermal printer prints it.
 */
final class PngLabels {

    private static final String PNG_METADATA = "javax_imageio_png_1.0";
    private static final String PIXELS_PER_METRE = Long.toString(Math.round(LabelLayout.DPI / 0.0254));
    private static final float ASCENT = 0.8f;

    private PngLabels() {
    }

    static byte[] render(List<LabelElement> elements) {
        BufferedImage image = new BufferedImage(LabelLayout.WIDTH, LabelLayout.HEIGHT, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, LabelLayout.WIDTH, LabelLayout.HEIGHT);
            g.setColor(Color.BLACK);
            for (LabelElement element : elements) {
                switch (element) {
                    case Text t -> {
                        g.setFont(new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, t.size()));
                        int left = t.centred() ? (LabelLayout.WIDTH - g.getFontMetrics().stringWidth(t.value())) / 2 : t.x();
                        g.drawString(t.value(), left, t.y() + t.size() * ASCENT);
                    }
                    case Box b -> box(g, b);
                    case Barcode b -> b.bars().forEach(bar -> box(g, bar));
                }
            }
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static void box(Graphics2D g, Box box) {
        if (box.filled()) {
            g.fillRect(box.x(), box.y(), box.width(), box.height());
            return;
        }
        int t = box.thickness();
        g.fillRect(box.x(), box.y(), box.width(), t);
        g.fillRect(box.x(), box.y() + box.height() - t, box.width(), t);
        g.fillRect(box.x(), box.y(), t, box.height());
        g.fillRect(box.x() + box.width() - t, box.y(), t, box.height());
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(PNG_METADATA, resolution());
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the PNG label", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A pHYs chunk saying 203 dots per inch, so printers and viewers print the label at 4x6 inch. */
    private static IIOMetadataNode resolution() throws IIOInvalidTreeException {
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", PIXELS_PER_METRE);
        phys.setAttribute("pixelsPerUnitYAxis", PIXELS_PER_METRE);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
        root.appendChild(phys);
        return root;
    }
}
