package io.shipgate.carrier.simulator.label;

import com.google.zxing.oned.Code128Writer;
import io.shipgate.carrier.simulator.label.LabelElement.Barcode;
import io.shipgate.carrier.simulator.label.LabelElement.Box;
import io.shipgate.carrier.simulator.label.LabelElement.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one label layout: where each piece of {@link LabelContent} goes on a 4x6 inch label at
 * 203 dpi. Renderers only translate the elements into their format.
 */
final class LabelLayout {

    static final int DPI = 203;
    static final int WIDTH = 812;
    static final int HEIGHT = 1218;

    private static final int MARGIN = 30;
    private static final int QUIET_ZONE_MODULES = 10;
    private static final int MAX_MODULE_WIDTH = 4;
    private static final int BARCODE_HEIGHT = 200;
    /** A generous average glyph width of Helvetica-like fonts, in ems, to cut lines that would not fit. */
    private static final double AVERAGE_GLYPH_WIDTH = 0.6;

    private LabelLayout() {
    }

    static List<LabelElement> compose(LabelContent label) {
        List<LabelElement> elements = new ArrayList<>();
        text(elements, MARGIN, 30, 56, true, label.carrierName());
        if (label.returnShipment()) {
            elements.add(new Box(WIDTH - MARGIN - 220, 92, 220, 54, 5));
            text(elements, WIDTH - MARGIN - 202, 100, 38, true, "RETURN");
        }
        text(elements, MARGIN, 100, 34, true, label.serviceName().toUpperCase(Locale.ROOT));
        rule(elements, 150);

        text(elements, MARGIN, 165, 22, true, "FROM");
        lines(elements, label.fromLines(), 192, 24, 28, 6);
        rule(elements, 370);

        text(elements, MARGIN, 385, 26, true, "TO");
        text(elements, MARGIN, 420, 44, true, label.toName());
        lines(elements, label.toLines(), 475, 36, 42, 5);
        rule(elements, 700);

        text(elements, MARGIN, 715, 28, false, "WEIGHT " + label.weight());
        text(elements, MARGIN + 400, 715, 28, true, "PARCEL " + label.parcelNumber() + "/" + label.parcelCount());
        text(elements, MARGIN, 755, 28, false, "SHIP DATE " + label.shipDate());
        if (label.reference() != null) {
            text(elements, MARGIN, 795, 28, false, "REF " + label.reference());
        }
        if (label.cod() != null) {
            elements.add(new Box(MARGIN + 380, 752, WIDTH - 2 * MARGIN - 380, 80, 5));
            text(elements, MARGIN + 396, 772, 34, true, "COD " + label.cod());
        }
        rule(elements, 845);

        boolean[] modules = new Code128Writer().encode(label.awb());
        int moduleWidth = Math.min(MAX_MODULE_WIDTH, (WIDTH - 2 * MARGIN) / (modules.length + 2 * QUIET_ZONE_MODULES));
        int barcodeX = (WIDTH - modules.length * moduleWidth) / 2;
        elements.add(new Barcode(barcodeX, 880, moduleWidth, BARCODE_HEIGHT, label.awb(), modules));
        elements.add(new Text(MARGIN, 1095, 40, true, true, label.awb()));
        if (label.parcelCount() > 1) {
            text(elements, MARGIN, 1148, 24, false, "PARCEL TRACKING NO. " + label.trackingNumber());
        }
        text(elements, MARGIN, 1185, 20, false, "Shipgate sandbox label - not a real shipment");
        return elements;
    }

    private static void lines(List<LabelElement> elements, List<String> lines, int top, int size, int pitch, int max) {
        for (int i = 0; i < Math.min(max, lines.size()); i++) {
            text(elements, MARGIN, top + i * pitch, size, false, lines.get(i));
        }
    }

    private static void rule(List<LabelElement> elements, int y) {
        elements.add(new Box(MARGIN, y, WIDTH - 2 * MARGIN, 4, 4));
    }

    /** Adds a line of text, cut to what fits between {@code x} and the right margin. */
    private static void text(List<LabelElement> elements, int x, int y, int size, boolean bold, String value) {
        text(elements, x, y, size, bold, value, WIDTH - MARGIN);
    }

    /** Adds a line of text (none when blank), cut with "..." to what fits between {@code x} and {@code right}, in dots. */
    static void text(List<LabelElement> elements, int x, int y, int size, boolean bold, String value, int right) {
        if (value == null || value.isBlank()) {
            return;
        }
        int fits = (int) ((right - x) / (size * AVERAGE_GLYPH_WIDTH));
        String line = value.strip();
        if (line.length() > fits) {
            line = line.substring(0, Math.max(0, fits - 3)).stripTrailing() + "...";
        }
        elements.add(new Text(x, y, size, bold, false, line));
    }
}
