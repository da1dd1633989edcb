package io.shipgate.carrier.spi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A simulated carrier's model of how its parcels travel, for generating finished shipment history (the gateway's
 * {@code demo history}, on which the EDD is backtested): which services it sells on a lane, the date it promises, and
 * what really happens to one parcel (transit time, failed attempts, return to origin), drawn at random. Found with
 * {@link java.util.ServiceLoader} like {@link CarrierSimulator} ({@code META-INF/services/io.shipgate.carrier.spi.CarrierHistoryModel});
 * the gateway has it on its runtime class path only.
 */
public interface CarrierHistoryModel {

    /** The code of the carrier it models, e.g. {@code sandbox}. */
    String carrierCode();

    /** From where to where: countries (ISO 3166-1 alpha-2) and postal codes. */
    record Route(String originCountry, String originPostalCode, String destinationCountry, String destinationPostalCode) {
    }

    /** The forward services the carrier sells on the route. */
    List<String> services(Route route);

    /** The time zone of a place, in which its local dates and times are read. */
    ZoneId timeZone(String country, String postalCode);

    /**
     * The delivery date the carrier promises when the parcel ships on {@code shipDate}: its fixed transit time for the
     * service and zone, counted as the carrier counts it.
     */
    LocalDate promisedDate(String service, Route route, LocalDate shipDate);

    /**
     * What happens to one parcel picked up on {@code pickupDay}, drawn with {@code random}.
     *
     * @param historyStart the first day of the generated history (a model may change its behaviour with time from it)
     */
    Journey journey(String service, Route route, LocalDate pickupDay, LocalDate historyStart, RandomGenerator random);

    /**
     * One parcel's story, in business days of the places it travels through (weekends and public holidays are the
     * gateway's to count).
     *
     * @param transitBusinessDays business days from the pickup day to the first delivery attempt (at least 1)
     * @param failedAttempts      failed delivery attempts (each retried the next business day)
     * @param returnedToOrigin    given up after its failed attempts and sent back
     * @param returnBusinessDays  business days from the last failed attempt back to the shipper (0 unless returned)
     */
    record Journey(int transitBusinessDays, int failedAttempts, boolean returnedToOrigin, int returnBusinessDays) {

        public Journey {
            if (transitBusinessDays < 1 || failedAttempts < 0 || returnBusinessDays < 0 || (returnedToOrigin && failedAttempts == 0)) {
                throw new IllegalArgumentException("not a journey: " + transitBusinessDays + ", " + failedAttempts + ", "
                        + returnedToOrigin + ", " + returnBusinessDays);
            }
        }
    }
}
