package io.shipgate.carrier.model;

/** What a line of a price breakdown is. */
public enum ChargeType {
    /** The freight itself. */
    BASE,
    /** Fuel, remote area, residential, COD fee, insurance... */
    SURCHARGE,
    /** VAT, GST, duties collected with the freight. */
    TAX,
    /** A negotiated or promotional reduction (a negative amount). */
    DISCOUNT,
    /** The carrier did not say. */
    OTHER
}
