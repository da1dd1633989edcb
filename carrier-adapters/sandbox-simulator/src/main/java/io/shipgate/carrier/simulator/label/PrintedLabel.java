package io.shipgate.carrier.simulator.label;

import java.util.Arrays;
import java.util.Objects;

/**
 * One printed label document.
 *
 * @param parcelNumber the 1-based parcel the document is for, or null when it holds every parcel's label
 */
public record PrintedLabel(PrintFormat format, Integer parcelNumber, byte[] content) {

    public PrintedLabel {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrintedLabel l && format == l.format && Objects.equals(parcelNumber, l.parcelNumber)
                && Arrays.equals(content, l.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, parcelNumber, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "PrintedLabel[" + format + ", parcel " + (parcelNumber == null ? "all" : parcelNumber) + ", " + content.length + " bytes]";
    }
}
