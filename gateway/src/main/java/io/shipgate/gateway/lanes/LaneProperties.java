package io.shipgate.gateway.lanes;

import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.gateway.edd.ZoneDefaults;
import io.shipgate.gateway.edd.ZoneKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * {@code shipgate.lanes.*} (application.yml documents each; docs/decide.md, "EDD").
 *
 * @param halfLife        the age at which a finished shipment weighs half in lane statistics
 * @param smoothing       k: how many shipments of the wider average a lane's own are weighed against
 * @param refreshInterval how often a node reads the lane statistics changed since its last look (on any node)
 * @param zoneDefaults    transit days where there is no history, by zone kind and service level, over the built-in ones
 */
@ConfigurationProperties("shipgate.lanes")
record LaneProperties(@DefaultValue("60d") Duration halfLife,
                      @DefaultValue("20") double smoothing,
                      @DefaultValue("2s") Duration refreshInterval,
                      Map<ZoneKind, Map<ServiceLevel, ZoneDefaults.Days>> zoneDefaults) {

    LaneProperties {
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("shipgate.lanes.refresh-interval must be positive");
        }
    }

    LaneBook.Settings settings() {
        return new LaneBook.Settings(halfLife, smoothing, new ZoneDefaults(zoneDefaults == null ? Map.of() : zoneDefaults), LaneBook.NEUTRAL);
    }
}
