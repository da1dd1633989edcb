package io.shipgate.carrier.simulator.label;

import io.shipgate.carrier.simulator.label.LabelElement.Barcode;
import io.shipgate.carrier.simulator.label.LabelElement.Box;
import io.shipgate.carrier.simulator.label.LabelElement.Text;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.MultiPixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Renders one parcel's label as a 1-bit PNG of 812x1218 pixels that says it is 203 dpi (pHYs),
 * drawn with Java2D. Black and white only, as a thermal printer prints it.
 */
final class PngLabels {

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

    /**
     * The image as a 1-bit grayscale PNG (IHDR, pHYs, one IDAT, IEND), written straight from the raster: a
     * {@code TYPE_BYTE_BINARY} image already holds its rows packed 8 pixels a byte, most significant bit first, 0 black
     * and 1 white, which is what a 1-bit grayscale PNG row is. No filter, deflate at best speed: ImageIO's writer
     * unpacked every pixel and compressed harder, half of the simulator's CPU per label.
     */
    static byte[] encode(BufferedImage image) {
        int width = image.getWidth(), height = image.getHeight();
        MultiPixelPackedSampleModel model = (MultiPixelPackedSampleModel) image.getRaster().getSampleModel();
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = model.getScanlineStride(), rowBytes = (width + 7) / 8;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(16 * 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream idat = new DeflaterOutputStream(compressed, deflater, 8192)) {
            for (int y = 0; y < height; y++) {
                idat.write(0);
                idat.write(pixels, y * stride, rowBytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the PNG label", e);
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.size() + 128);
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        int perMetre = Integer.parseInt(PIXELS_PER_METRE);
        chunk(out, "pHYs", ByteBuffer.allocate(9).putInt(perMetre).putInt(perMetre).put((byte) 1).array());
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
