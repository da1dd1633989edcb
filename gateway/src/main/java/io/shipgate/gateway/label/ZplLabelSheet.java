package io.shipgate.gateway.label;

import io.shipgate.carrier.model.LabelFormat;
import org.apache.pdfbox.rendering.ImageType;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * ZPL for a thermal printer at the profile's resolution: the carrier's own ZPL as it is (carriers' ZPL is 203 dpi), or a
 * PDF label rendered at the printer's resolution into one graphic field ({@code ^GFA}, with ZPL's ASCII compression),
 * its bars whole dots of the printer. Labels are written as they come (nothing is held).
 */
final class ZplLabelSheet implements LabelSheet {

    private final int dpi;
    private final OutputStream out;

    ZplLabelSheet(int dpi, OutputStream out) {
        this.dpi = dpi;
        this.out = out;
    }

    @Override
    public void add(LabelFormat format, byte[] document) {
        try {
            switch (format) {
                case ZPL -> {
                    out.write(document);
                    if (document.length > 0 && document[document.length - 1] != '\n') {
                        out.write('\n');
                    }
                }
                case PDF -> {
                    UncheckedIOException[] failure = new UncheckedIOException[1];
                    LabelSheets.renderPages(document, dpi, ImageType.BINARY, image -> {
                        try {
                            out.write(graphic(image).getBytes(StandardCharsets.US_ASCII));
                        } catch (IOException e) {
                            failure[0] = new UncheckedIOException(e);
                        }
                    });
                    if (failure[0] != null) {
                        throw failure[0];
                    }
                }
                case PNG -> throw LabelSheets.unsupported(format, "ZPL");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ZPL", e);
        }
    }

    /** One label: the image as a compressed graphic field at the label's origin. */
    static String graphic(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int bytesPerRow = (width + 7) / 8;
        StringBuilder data = new StringBuilder(height * 8);
        String previous = null;
        char[] row = new char[bytesPerRow * 2];
        for (int y = 0; y < height; y++) {
            for (int b = 0; b < bytesPerRow; b++) {
                int bits = 0;
                for (int bit = 0; bit < 8; bit++) {
                    int x = b * 8 + bit;
                    boolean black = x < width && (image.getRGB(x, y) & 0xFFFFFF) < 0x808080;
                    bits = bits << 1 | (black ? 1 : 0);
                }
                row[2 * b] = Character.toUpperCase(Character.forDigit(bits >> 4, 16));
                row[2 * b + 1] = Character.toUpperCase(Character.forDigit(bits & 0xF, 16));
            }
            String hex = new String(row);
            data.append(hex.equals(previous) ? ":" : compress(hex));
            previous = hex;
        }
        int total = bytesPerRow * height;
        return "^XA^PW" + width + "^LL" + height + "^FO0,0^GFA," + total + "," + total + "," + bytesPerRow + "," + data + "^FS^XZ\n";
    }

    /** A row in ZPL's ASCII compression: runs as a count (g-z: 20 to 400, G-Y: 1 to 19) and the digit; ',' zeros to the end. */
    static String compress(String hex) {
        int end = hex.length();
        while (end > 0 && hex.charAt(end - 1) == '0') {
            end--;
        }
        StringBuilder row = new StringBuilder();
        int i = 0;
        while (i < end) {
            char digit = hex.charAt(i);
            int run = 1;
            while (i + run < end && hex.charAt(i + run) == digit) {
                run++;
            }
            i += run;
            while (run > 0) {
                int n = Math.min(run, 419);
                if (n > 1) {
                    if (n >= 20) {
                        row.append((char) ('f' + n / 20));
                    }
                    if (n % 20 > 0) {
                        row.append((char) ('F' + n % 20));
                    }
                }
                row.append(digit);
                run -= n;
            }
        }
        if (end < hex.length()) {
            row.append(',');
        }
        return row.toString();
    }

    @Override
    public void finish() {
    }

    @Override
    public String mediaType() {
        return LabelFormat.ZPL.mediaType();
    }

    @Override
    public void close() {
    }
}
