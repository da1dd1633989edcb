package io.shipgate.routes.returns;

import io.shipgate.carrier.model.ShipmentConfirmation;

import java.util.UUID;

/** What the carrier booked for a return: its AWB, its label where it issues one, on the account that booked it. */
public record ReturnBooking(UUID carrierAccountId, String carrier, ShipmentConfirmation confirmation) {
}
