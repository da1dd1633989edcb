package io.shipgate.gateway.serviceability;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Serviceability;
import io.shipgate.carrier.model.ServiceabilityRequest;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.serviceability.CheckServiceabilityCommand;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Carriers' live serviceability checks (the SPI's {@code SERVICEABILITY}, e.g. Delhivery's pincode
 * API) through the serviceability route, each answer reused for {@code live-check-ttl} per account and
 * lane. The carrier is asked without a COD amount: its answer states whether it collects COD and up to
 * what limit, so one answer serves every amount. Failures are not remembered.
 */
@Component
class LiveChecks {

    record Lane(UUID tenantId, UUID carrierAccountId, String originCountry, String originPostalCode, String destinationCountry,
                String destinationPostalCode) {
    }

    private final RouteClient routes;
    private final ServiceabilityProperties properties;
    private final Cache<Lane, Serviceability> answers;

    LiveChecks(RouteClient routes, ServiceabilityProperties properties) {
        this.routes = routes;
        this.properties = properties;
        this.answers = Caffeine.newBuilder().expireAfterWrite(properties.liveCheckTtl()).maximumSize(properties.liveCheckCacheSize()).build();
    }

    /** The carrier's answer for the lane, from the cache when it has one; throws the carrier's failure. */
    Serviceability check(Lane lane) {
        return answers.get(lane, l -> routes.request(Endpoints.CHECK_SERVICEABILITY, new CheckServiceabilityCommand(l.tenantId(),
                l.carrierAccountId(), new ServiceabilityRequest(Address.location(l.originPostalCode(), l.originCountry()),
                Address.location(l.destinationPostalCode(), l.destinationCountry()), null), properties.liveCheckTimeout()),
                Serviceability.class));
    }
}
