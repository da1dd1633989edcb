package io.shipgate.gateway.recommendation;

import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.WeightUnit;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One order to recommend a carrier service for, in the engine's terms.
 *
 * @param cod               the amount to collect on delivery; null for a prepaid order
 * @param serviceLevel      only services of this level (null: any)
 * @param carrierAccountIds only these accounts (empty: all the tenant's enabled accounts)
 * @param readyAt           when the parcel is ready at the warehouse (the EDD counts from it)
 */
record Order(String reference, String originCountry, String originPostalCode, String destinationCountry, String destinationPostalCode,
             List<Parcel> parcels, Money cod, Money declaredValue, ServiceLevel serviceLevel, List<UUID> carrierAccountIds,
             ZonedDateTime readyAt) {

    Order {
        parcels = List.copyOf(parcels);
        carrierAccountIds = carrierAccountIds == null ? List.of() : List.copyOf(carrierAccountIds);
    }

    /** The parcels' actual weight in kilograms. */
    BigDecimal weightKg() {
        BigDecimal kg = BigDecimal.ZERO;
        for (Parcel parcel : parcels) {
            kg = kg.add(parcel.weight().in(WeightUnit.KG, 6));
        }
        return kg;
    }
}
