package io.shipgate.carrier.simulator.label;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The PNG written from the raster reads back, with ImageIO, pixel for pixel and at 203 dpi. */
class PngLabelsTest {

    @Test
    void aPngReadsBackPixelForPixelAt203Dpi() throws Exception {
        Random random = new Random(5);
        for (int width : new int[]{812, 813, 9}) {
            BufferedImage image = new BufferedImage(width, 37, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, random.nextBoolean() ? 0xFFFFFFFF : 0xFF000000);
                }
            }
            byte[] png = PngLabels.encode(image);
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
                ImageReader reader = ImageIO.getImageReaders(in).next();
                reader.setInput(in);
                BufferedImage read = reader.read(0);
                assertThat(read.getWidth()).isEqualTo(width);
                assertThat(read.getHeight()).isEqualTo(37);
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < width; x++) {
                        assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d of %d", x, y, width).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
                    }
                }
                IIOMetadata metadata = reader.getImageMetadata(0);
                Node phys = find(metadata.getAsTree("javax_imageio_png_1.0"), "pHYs");
                assertThat(phys.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue()).isEqualTo("7992");
                assertThat(phys.getAttributes().getNamedItem("unitSpecifier").getNodeValue()).isEqualTo("meter");
            }
        }
    }

    private static Node find(Node node, String name) {
        if (name.equals(node.getNodeName())) {
            return node;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Node found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
