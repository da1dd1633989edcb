package io.shipgate.routes.rating;

import io.shipgate.carrier.model.CarrierMessage;

import java.util.UUID;

/**
 * What one carrier account said beside its quotes (a warning, a service it refused): errors as data,
 * next to the partial result.
 *
 * @param service the carrier service it is about, or null when about the whole answer
 */
public record CarrierWarning(UUID carrierAccountId, String carrier, String code, String message,
                             CarrierMessage.Level level, String service) {

    static CarrierWarning of(UUID accountId, String carrier, CarrierMessage m) {
        return new CarrierWarning(accountId, carrier, m.code(), m.text(), m.level(), m.service());
    }
}
