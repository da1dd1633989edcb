package io.shipgate.carrier.model;

import java.util.Objects;

/**
 * A label document as the carrier issued it.
 *
 * @param parcelNumber the 1-based parcel this label is for, or null when the document holds the
 *                     labels of all parcels (a multi-page PDF, a ZPL stream with one ^XA..^XZ per parcel)
 */
public record Label(LabelFormat format, byte[] content, Integer parcelNumber) {

    public Label {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Label l && format == l.format && java.util.Arrays.equals(content, l.content)
                && Objects.equals(parcelNumber, l.parcelNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, java.util.Arrays.hashCode(content), parcelNumber);
    }

    @Override
    public String toString() {
        return "Label[" + format + ", " + content.length + " bytes, parcel " + (parcelNumber == null ? "all" : parcelNumber) + "]";
    }
}
