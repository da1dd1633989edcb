package io.shipgate.gateway.carrier;

import io.shipgate.routes.port.CarrierBackoffs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Carrier accounts throttled by their carrier, in {@code carrier_accounts.poll_backoff_until}: every node sees them. */
@Component
class JdbcCarrierBackoffs implements CarrierBackoffs {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcCarrierBackoffs.class);

    private final JdbcClient jdbc;

    JdbcCarrierBackoffs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Instant backedOffUntil(UUID carrierAccountId, Instant now) {
        return jdbc.sql("SELECT poll_backoff_until FROM carrier_accounts WHERE id = ? AND poll_backoff_until > ?")
                .params(carrierAccountId, Timestamp.from(now))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional().orElse(null);
    }

    @Override
    public void backOff(UUID carrierAccountId, Instant until) {
        LOG.info("carrier account {} throttled by its carrier: no polls before {}", carrierAccountId, until);
        jdbc.sql("UPDATE carrier_accounts SET poll_backoff_until = GREATEST(COALESCE(poll_backoff_until, ?), ?) WHERE id = ?")
                .params(Timestamp.from(until), Timestamp.from(until), carrierAccountId).update();
    }
}
