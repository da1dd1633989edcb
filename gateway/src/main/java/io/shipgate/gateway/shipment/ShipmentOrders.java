package io.shipgate.gateway.shipment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules (NDR policies) may read of a shipment's order: its carrier, how it is paid (cash on delivery or
 * prepaid), what it is worth and where it goes. Trackers have no order options: prepaid, no value.
 */
@Component
public class ShipmentOrders {

    private final JdbcClient jdbc;

    ShipmentOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param codAmount          the amount collected on delivery; null: prepaid
     * @param orderValue         the declared value, else the COD amount; null: neither
     * @param orderCurrency      the currency of {@code orderValue}
     */
    public record ShipmentOrder(UUID shipmentId, UUID carrierAccountId, String carrier, String awb, BigDecimal codAmount,
                                BigDecimal orderValue, String orderCurrency, String destinationCountry, String destinationPostalCode) {

        public boolean cashOnDelivery() {
            return codAmount != null && codAmount.signum() > 0;
        }
    }

    /** The tenant's shipment or tracker (in the caller's transaction); empty for an unknown or foreign id. */
    public Optional<ShipmentOrder> find(UUID tenantId, UUID shipmentId) {
        return jdbc.sql("""
                        SELECT id, carrier_account_id, carrier, awb,
                               options -> 'cod' ->> 'amount' AS cod_amount, options -> 'cod' ->> 'currency' AS cod_currency,
                               COALESCE(options -> 'declared_value', options -> 'declaredValue') ->> 'amount' AS value_amount,
                               COALESCE(options -> 'declared_value', options -> 'declaredValue') ->> 'currency' AS value_currency,
                               recipient ->> 'country' AS destination_country,
                               COALESCE(recipient ->> 'postal_code', recipient ->> 'postalCode') AS destination_postal_code
                        FROM shipments WHERE tenant_id = ? AND id = ?""")
                .params(tenantId, shipmentId)
                .query((rs, n) -> {
                    BigDecimal cod = decimal(rs.getString("cod_amount"));
                    BigDecimal value = decimal(rs.getString("value_amount"));
                    return new ShipmentOrder(rs.getObject("id", UUID.class), rs.getObject("carrier_account_id", UUID.class),
                            rs.getString("carrier"), rs.getString("awb"), cod, value != null ? value : cod,
                            value != null ? rs.getString("value_currency") : cod != null ? rs.getString("cod_currency") : null,
                            rs.getString("destination_country"), rs.getString("destination_postal_code"));
                })
                .optional();
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
