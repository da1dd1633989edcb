package io.shipgate.carrier.simulator.label;

import io.shipgate.carrier.simulator.label.LabelElement.Barcode;
import io.shipgate.carrier.simulator.label.LabelElement.Box;
import io.shipgate.carrier.simulator.label.LabelElement.Text;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders labels as ZPL II for 203 dpi printers: one {@code ^XA ... ^XZ} block per parcel, UTF-8
 * text ({@code ^CI28}) with ZPL's control characters hex-escaped ({@code ^FH}), and the AWB as a
 * {@code ^BC} Code 128 barcode that the printer encodes itself.
 */
final class ZplLabels {

    private ZplLabels() {
    }

    static byte[] render(List<List<LabelElement>> pages) {
        StringBuilder zpl = new StringBuilder();
        for (List<LabelElement> elements : pages) {
            zpl.append("^XA\n^CI28\n^PW").append(LabelLayout.WIDTH).append("\n^LL").append(LabelLayout.HEIGHT).append("\n^LH0,0\n");
            for (LabelElement element : elements) {
                switch (element) {
                    case Text t -> zpl.append("^FO").append(t.centred() ? 0 : t.x()).append(',').append(t.y())
                            .append("^A0N,").append(t.size()).append(',').append(t.size())
                            .append(t.centred() ? "^FB" + LabelLayout.WIDTH + ",1,0,C,0" : "")
                            .append("^FH^FD").append(escape(t.value())).append("^FS\n");
                    case Box b -> zpl.append("^FO").append(b.x()).append(',').append(b.y())
                            .append("^GB").append(b.width()).append(',').append(b.height()).append(',')
                            .append(b.filled() ? Math.min(b.width(), b.height()) : b.thickness()).append("^FS\n");
                    case Barcode b -> zpl.append("^FO").append(b.x()).append(',').append(b.y())
                            .append("^BY").append(b.moduleWidth())
                            .append("^BCN,").append(b.height()).append(",N,N,N,A")
                            .append("^FD").append(escape(b.value())).append("^FS\n");
                }
            }
            zpl.append("^XZ\n");
        }
        return zpl.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Hex-escapes the characters ZPL reads as commands ({@code ^}, {@code ~}) and the {@code ^FH} escape itself. */
    private static String escape(String value) {
        return value.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E");
    }
}
