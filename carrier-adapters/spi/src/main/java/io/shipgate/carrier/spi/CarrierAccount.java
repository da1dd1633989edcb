package io.shipgate.carrier.spi;

import java.util.Map;
import java.util.UUID;

/**
 * A merchant's account with a carrier, as an adapter sees it: settings in clear, credentials
 * decrypted for the duration of a call. {@link #toString()} never shows credentials.
 */
public record CarrierAccount(UUID id, String carrier, Map<String, String> settings, Map<String, String> credentials) {

    public CarrierAccount {
        settings = Map.copyOf(settings);
        credentials = Map.copyOf(credentials);
    }

    public String setting(String name, String fallback) {
        String v = settings.get(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** A credential the account must have; its absence is the merchant's configuration error. */
    public String credential(String name) {
        String v = credentials.get(name);
        if (v == null || v.isBlank()) {
            throw new CarrierException(CarrierErrorCategory.AUTHENTICATION, carrier, "MISSING_CREDENTIAL",
                    "carrier account " + id + " has no credential '" + name + "'", false);
        }
        return v;
    }

    @Override
    public String toString() {
        return "CarrierAccount[id=" + id + ", carrier=" + carrier + ", settings=" + settings.keySet()
                + ", credentials=" + credentials.keySet() + " (values hidden)]";
    }
}
