package io.shipgate.carrier.simulator.label;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing drawn on a label, in printer dots at 203 dpi on an 812x1218 dot canvas (4x6 inch),
 * origin top left. Every renderer draws the same elements, so the three formats look alike.
 */
sealed interface LabelElement {

    /**
     * A single line of text; {@code y} is the top of its line box, {@code size} the font size in dots.
     * A centred line is centred on the label's width and ignores {@code x}.
     */
    record Text(int x, int y, int size, boolean bold, boolean centred, String value) implements LabelElement {
    }

    /** A rectangle with a black border of {@code thickness} dots; filled when the border meets itself. */
    record Box(int x, int y, int width, int height, int thickness) implements LabelElement {

        boolean filled() {
            return 2 * thickness >= Math.min(width, height);
        }
    }

    /**
     * A Code 128 barcode: {@code modules} are its bars (true) and spaces, without quiet zones, each
     * {@code moduleWidth} dots wide. The layout leaves the quiet zones free.
     */
    record Barcode(int x, int y, int moduleWidth, int height, String value, boolean[] modules) implements LabelElement {

        /** The black bars, left to right, as filled boxes on the label. */
        List<Box> bars() {
            List<Box> bars = new ArrayList<>();
            for (int start = 0; start < modules.length; start++) {
                if (modules[start]) {
                    int end = start;
                    while (end + 1 < modules.length && modules[end + 1]) {
                        end++;
                    }
                    int width = (end - start + 1) * moduleWidth;
                    bars.add(new Box(x + start * moduleWidth, y, width, height, width));
                    start = end;
                }
            }
            return bars;
        }
    }
}
