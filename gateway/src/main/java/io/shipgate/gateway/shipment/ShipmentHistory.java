package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.platform.json.JsonColumns;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Finished shipments in bulk: written as history (the {@code demo history} generator: rows in the {@code shipments}
 * table through PostgreSQL's {@code COPY}) and read back in the order they were shipped (the EDD backtest). The
 * {@code shipments} table is this module's: bulk history goes through here.
 */
@Component
public class ShipmentHistory {

    /** Bytes handed to COPY at a time. */
    private static final int COPY_CHUNK = 256 * 1024;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JsonColumns json;

    ShipmentHistory(DataSource dataSource, JsonColumns json) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(5000);
        this.jdbc = JdbcClient.create(streaming);
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * A shipment bought, shipped and finished in the past.
     *
     * @param status         {@code DELIVERED} or {@code RTO_DELIVERED}
     * @param shipDate       the local date it was handed over at the origin
     * @param promisedDate   the carrier's estimated delivery date when it was bought (stored as the estimated and the
     *                       promised delivery)
     * @param createdAt      when it was bought (its label)
     * @param firstAttemptAt the carrier's first delivery attempt
     * @param deliveredAt    the delivery to the recipient; null for a return to origin
     * @param finishedAt     the last event: the delivery, or the return's arrival at the shipper
     */
    public record Finished(UUID id, UUID tenantId, UUID carrierAccountId, String carrier, String service, String awb, String reference,
                           Address shipper, Address recipient, TrackingStatus status, LocalDate shipDate, LocalDate promisedDate,
                           Instant createdAt, Instant firstAttemptAt, Instant deliveredAt, Instant finishedAt) {

        public Finished {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(carrierAccountId, "carrierAccountId");
            Objects.requireNonNull(shipper, "shipper");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(shipDate, "shipDate");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(finishedAt, "finishedAt");
            if (status != TrackingStatus.DELIVERED && status != TrackingStatus.RTO_DELIVERED) {
                throw new IllegalArgumentException("a finished shipment is DELIVERED or RTO_DELIVERED, not " + status);
            }
            if ((status == TrackingStatus.DELIVERED) != (deliveredAt != null)) {
                throw new IllegalArgumentException("a delivered shipment, and only one, has deliveredAt");
            }
        }
    }

    /**
     * Stores finished shipments in one transaction with {@code COPY}: their rows in {@code shipments}, never polled
     * (no {@code next_check_at}), without parcels, labels or tracking events. Addresses are written once per distinct
     * {@link Address} instance.
     *
     * @return the rows stored
     */
    @Transactional
    public long insert(List<Finished> shipments) {
        if (shipments.isEmpty()) {
            return 0;
        }
        Map<Address, String> addresses = new IdentityHashMap<>();
        String options = copyText(json.write(ShipmentOptions.NONE));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY shipments (id, tenant_id, carrier_account_id, carrier, service, awb, status, status_code, reference, ship_date,
                        estimated_delivery, promised_delivery, shipper, recipient, options, created_at, updated_at, last_tracked_at, delivered_at,
                        first_attempt_at, kind)
                    FROM STDIN""");
            try {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(COPY_CHUNK + 4096);
                StringBuilder line = new StringBuilder(1024);
                for (Finished s : shipments) {
                    line.setLength(0);
                    String finished = timestamp(s.finishedAt());
                    line.append(s.id()).append('\t').append(s.tenantId()).append('\t').append(s.carrierAccountId()).append('\t')
                            .append(copyText(s.carrier())).append('\t').append(copyText(s.service())).append('\t')
                            .append(copyText(s.awb())).append('\t').append(s.status().name()).append('\t').append(s.status().code()).append('\t')
                            .append(s.reference() == null ? "\\N" : copyText(s.reference())).append('\t')
                            .append(s.shipDate()).append('\t').append(s.promisedDate() == null ? "\\N" : s.promisedDate().toString()).append('\t')
                            .append(s.promisedDate() == null ? "\\N" : s.promisedDate().toString()).append('\t')
                            .append(addresses.computeIfAbsent(s.shipper(), a -> copyText(json.write(a)))).append('\t')
                            .append(addresses.computeIfAbsent(s.recipient(), a -> copyText(json.write(a)))).append('\t')
                            .append(options).append('\t').append(timestamp(s.createdAt())).append('\t')
                            .append(finished).append('\t').append(finished).append('\t')
                            .append(s.deliveredAt() == null ? "\\N" : timestamp(s.deliveredAt())).append('\t')
                            .append(s.firstAttemptAt() == null ? "\\N" : timestamp(s.firstAttemptAt())).append('\t')
                            .append("shipment\n");
                    buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
                    if (buffer.size() >= COPY_CHUNK) {
                        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                        buffer.reset();
                    }
                }
                if (buffer.size() > 0) {
                    copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                }
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into shipments failed (" + e.getSQLState() + ")", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * A finished shipment as the EDD reads it back: its lane's ends, its times and its outcome.
     *
     * @param finishedAt when it was delivered, or returned to the shipper (its last update)
     */
    public record FinishedView(UUID id, String carrier, String service, String originCountry, String originPostalCode,
                               String destinationCountry, String destinationPostalCode, TrackingStatus status, LocalDate shipDate,
                               LocalDate promisedDate, Instant createdAt, Instant firstAttemptAt, Instant deliveredAt, Instant finishedAt) {
    }

    /**
     * The tenant's shipments finished (delivered or returned to origin) and bought from {@code boughtFrom} and before
     * {@code boughtBefore}, in the order they were bought, one at a time (the result is streamed, not held).
     */
    @Transactional(readOnly = true)
    public void finished(UUID tenantId, Instant boughtFrom, Instant boughtBefore, Consumer<FinishedView> each) {
        jdbc.sql("""
                        SELECT id, carrier, service, shipper ->> 'country' AS origin_country, shipper ->> 'postal_code' AS origin_postal_code,
                            recipient ->> 'country' AS destination_country, recipient ->> 'postal_code' AS destination_postal_code,
                            status, ship_date, promised_delivery, created_at, first_attempt_at, delivered_at, updated_at
                        FROM shipments
                        WHERE tenant_id = ? AND kind = 'shipment' AND status IN ('DELIVERED', 'RTO_DELIVERED')
                            AND created_at >= ? AND created_at < ?
                            AND ship_date IS NOT NULL AND service IS NOT NULL
                        ORDER BY created_at, id""")
                .params(tenantId, Timestamp.from(boughtFrom), Timestamp.from(boughtBefore))
                .query(rs -> {
                    each.accept(new FinishedView(rs.getObject("id", UUID.class), rs.getString("carrier"), rs.getString("service"),
                            rs.getString("origin_country"), rs.getString("origin_postal_code"), rs.getString("destination_country"),
                            rs.getString("destination_postal_code"), TrackingStatus.valueOf(rs.getString("status")),
                            rs.getDate("ship_date").toLocalDate(), localDate(rs.getDate("promised_delivery")), instant(rs.getTimestamp("created_at")),
                            instant(rs.getTimestamp("first_attempt_at")), instant(rs.getTimestamp("delivered_at")),
                            instant(rs.getTimestamp("updated_at"))));
                });
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String timestamp(Instant instant) {
        return TIMESTAMP.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** A value in COPY's text format: backslash, tab, newline and carriage return escaped. */
    private static String copyText(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
