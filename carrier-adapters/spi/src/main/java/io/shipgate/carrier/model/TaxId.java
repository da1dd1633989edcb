package io.shipgate.carrier.model;

/**
 * A tax or customs registration number of a party to a cross-border shipment.
 *
 * @param type           EORI (EU/UK), VAT, GST (India, Australia...), IOSS (EU low-value imports), EIN, PAN...
 * @param value          the number
 * @param party          whose number it is
 * @param issuingCountry ISO 3166-1 alpha-2 country that issued it, if known
 */
public record TaxId(Type type, String value, Party party,
                    String issuingCountry) {

    public enum Type {
        EORI, VAT, GST, IOSS, EIN, PAN, OTHER
    }

    public enum Party {
        SHIPPER, RECIPIENT, IMPORTER
    }
}
