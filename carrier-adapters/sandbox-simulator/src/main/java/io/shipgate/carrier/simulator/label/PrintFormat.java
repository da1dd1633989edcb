package io.shipgate.carrier.simulator.label;

/** The label documents the simulated carrier prints. */
public enum PrintFormat {
    /** One 4x6 inch PDF with a page per parcel. */
    PDF,
    /** One ZPL II stream with a {@code ^XA ... ^XZ} block per parcel, for 203 dpi thermal printers. */
    ZPL,
    /** One 812x1218 pixel (4x6 inch at 203 dpi) black-and-white PNG per parcel. */
    PNG
}
