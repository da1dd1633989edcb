package io.shipgate.carrier.dhlexpress;

/** The MyDHL value-added service codes ({@code valueAddedServices[].serviceCode}) this adapter books. */
public final class DhlServices {

    /** Shipment insurance, with the insured value and its currency. */
    public static final String INSURANCE = "II";
    /** Duties and taxes paid by the shipper (DDP). */
    public static final String DUTIES_TAXES_PAID = "DD";
    /** Paperless trade: customs documents travel electronically with the shipment data. */
    public static final String PAPERLESS_TRADE = "WY";
    /** Direct signature of the recipient on delivery. */
    public static final String DIRECT_SIGNATURE = "SF";

    private DhlServices() {
    }
}
