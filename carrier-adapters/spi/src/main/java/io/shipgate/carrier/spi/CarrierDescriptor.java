package io.shipgate.carrier.spi;

import java.net.URI;
import java.util.List;

/**
 * Who a carrier adapter is and what it needs.
 *
 * @param code           the stable carrier code used in the API and configuration ({@code sandbox}, {@code ups}...)
 * @param defaultBaseUrl the carrier's production API base URL; configuration and account settings override it
 * @param accountFields  the settings and credentials an account of this carrier takes
 */
public record CarrierDescriptor(String code, String displayName, URI defaultBaseUrl, CarrierCapabilities capabilities,
                                List<AccountField> accountFields) {

    public CarrierDescriptor {
        accountFields = List.copyOf(accountFields);
    }
}
