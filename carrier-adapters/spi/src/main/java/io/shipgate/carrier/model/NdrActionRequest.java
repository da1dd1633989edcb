package io.shipgate.carrier.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * An NDR action on a shipment.
 *
 * @param deferredDate for RESCHEDULE: the day the customer wants delivery
 * @param newAddress   for CHANGE_ADDRESS
 * @param newPhone     for CHANGE_PHONE
 */
public record NdrActionRequest(@NotNull ShipmentRef shipment, @NotNull NdrAction action, LocalDate deferredDate,
                               @Valid Address newAddress, String newPhone, String remarks) {
}
