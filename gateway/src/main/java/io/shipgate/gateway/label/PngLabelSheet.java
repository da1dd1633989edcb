package io.shipgate.gateway.label;

import io.shipgate.carrier.model.LabelFormat;
import org.apache.pdfbox.rendering.ImageType;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** One label as a PNG image at the profile's resolution, rendered from its PDF (a PNG holds one label: the first). */
final class PngLabelSheet implements LabelSheet {

    private final int dpi;
    private final OutputStream out;
    private BufferedImage image;

    PngLabelSheet(int dpi, OutputStream out) {
        this.dpi = dpi;
        this.out = out;
    }

    @Override
    public void add(LabelFormat format, byte[] document) {
        if (format != LabelFormat.PDF) {
            throw LabelSheets.unsupported(format, "PNG");
        }
        if (image == null) {
            LabelSheets.renderPages(document, dpi, ImageType.GRAY, page -> {
                if (image == null) {
                    image = page;
                }
            });
        }
    }

    @Override
    public void finish() {
        try {
            if (image != null) {
                ImageIO.write(image, "png", out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PNG label", e);
        }
    }

    @Override
    public String mediaType() {
        return LabelFormat.PNG.mediaType();
    }

    @Override
    public void close() {
    }
}
