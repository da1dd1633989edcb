package io.shipgate.carrier.spi;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The carrier adapters on the class path, found with {@link ServiceLoader}, by carrier code. */
public final class CarrierRegistry {

    private final Map<String, CarrierAdapter> adapters;

    private CarrierRegistry(Map<String, CarrierAdapter> adapters) {
        this.adapters = Collections.unmodifiableMap(adapters);
    }

    public static CarrierRegistry load(ClassLoader classLoader) {
        Map<String, CarrierAdapter> found = new TreeMap<>();
        for (CarrierAdapter adapter : ServiceLoader.load(CarrierAdapter.class, classLoader)) {
            CarrierAdapter previous = found.putIfAbsent(adapter.code(), adapter);
            if (previous != null) {
                throw new IllegalStateException("two carrier adapters claim the code '" + adapter.code() + "': "
                        + previous.getClass().getName() + " and " + adapter.getClass().getName());
            }
        }
        return new CarrierRegistry(found);
    }

    public static CarrierRegistry of(CarrierAdapter... adapters) {
        Map<String, CarrierAdapter> map = new TreeMap<>();
        for (CarrierAdapter a : adapters) {
            map.put(a.code(), a);
        }
        return new CarrierRegistry(map);
    }

    public Optional<CarrierAdapter> find(String code) {
        return Optional.ofNullable(adapters.get(code));
    }

    public Collection<CarrierAdapter> all() {
        return adapters.values();
    }
}
