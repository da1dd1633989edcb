package io.shipgate.carrier.simulator.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Prints a shipment's labels: lays out each parcel's label once and renders the layout in each
 * format asked for. Stateless and thread-safe.
 */
public final class LabelPrinter {

    /**
     * The shipment's label documents: one PDF and one ZPL document holding every parcel, and one PNG
     * per parcel, in that order, for the formats in {@code formats}.
     */
    public List<PrintedLabel> print(List<LabelContent> parcels, Set<PrintFormat> formats) {
        List<List<LabelElement>> pages = parcels.stream().map(LabelLayout::compose).toList();
        List<PrintedLabel> labels = new ArrayList<>();
        if (formats.contains(PrintFormat.PDF)) {
            labels.add(new PrintedLabel(PrintFormat.PDF, null, PdfLabels.render("Label " + parcels.getFirst().awb(), pages)));
        }
        if (formats.contains(PrintFormat.ZPL)) {
            labels.add(new PrintedLabel(PrintFormat.ZPL, null, ZplLabels.render(pages)));
        }
        if (formats.contains(PrintFormat.PNG)) {
            for (int i = 0; i < pages.size(); i++) {
                labels.add(new PrintedLabel(PrintFormat.PNG, parcels.get(i).parcelNumber(), PngLabels.render(pages.get(i))));
            }
        }
        return labels;
    }
}
