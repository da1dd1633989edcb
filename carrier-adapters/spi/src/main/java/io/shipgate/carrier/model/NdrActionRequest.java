package io.shipgate.carrier.model;

import java.time.LocalDate;

/**
 * An NDR action on a shipment.
 *
 * @param deferredDate for RESCHEDULE: the day the customer wants delivery
 * @param newAddress   for CHANGE_ADDRESS
 * @param newPhone     for CHANGE_PHONE
 */
public record NdrActionRequest(ShipmentRef shipment, NdrAction action, LocalDate deferredDate,
                               Address newAddress, String newPhone, String remarks) {
}
