package io.shipgate.gateway.carrier;

import io.shipgate.carrier.spi.Capability;

import java.util.Collection;
import java.util.TreeMap;

/** Carrier accounts' contract: a stored account as the API shows it, credentials reduced to their names. */
final class CarrierAccountMapper {

    private CarrierAccountMapper() {
    }

    static CarrierAccountView view(CarrierAccountRecord a, Collection<Capability> capabilities) {
        return new CarrierAccountView(a.id(), a.carrier(), a.name(), new TreeMap<>(a.settings()),
                a.credentials().keySet().stream().sorted().toList(), a.enabled(), capabilities.stream().sorted().toList(),
                a.createdAt(), a.updatedAt());
    }
}
