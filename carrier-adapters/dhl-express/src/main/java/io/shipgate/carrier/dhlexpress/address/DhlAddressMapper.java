package io.shipgate.carrier.dhlexpress.address;

import io.shipgate.carrier.dhlexpress.DhlErrors;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierTimes;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * MyDHL's address check ({@code GET /address-validate}): whether DHL Express serves a city and
 * postal code (for delivery, or for pickup), the place as DHL spells it, and its service area with
 * the area's GMT offset. DHL checks the place, not the street: one match is VALID (its spelling
 * is the candidate), several AMBIGUOUS, none INVALID. Whether an address is residential it does
 * not say.
 */
public final class DhlAddressMapper {

    /** {@code delivery} checks DHL delivers there, {@code pickup} that it picks up there. */
    public enum Purpose {
        DELIVERY, PICKUP
    }

    private DhlAddressMapper() {
    }

    public static Map<String, String> query(Address address, Purpose purpose) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("type", purpose == Purpose.PICKUP ? "pickup" : "delivery");
        query.put("countryCode", address.country());
        query.put("postalCode", address.postalCode());
        query.put("cityName", address.city());
        query.put("strictValidation", "true");
        return query;
    }

    /** DHL's verdict; no answer (404) means DHL knows no such place. */
    public static AddressValidation parse(Optional<byte[]> body, Address address) {
        DhlAddressWire.Response response = body.map(DhlAddressMapper::read).orElse(new DhlAddressWire.Response(null, null));
        List<DhlAddressWire.Place> places = response.address() == null ? List.of()
                : response.address().stream().filter(Objects::nonNull).toList();
        List<String> messages = response.warnings() == null ? List.of()
                : response.warnings().stream().filter(w -> w != null && !w.isBlank()).toList();
        if (places.isEmpty()) {
            return new AddressValidation(AddressValidation.Verdict.INVALID, null, List.of(),
                    messages.isEmpty() ? List.of("DHL Express serves no place with this city and postal code") : messages);
        }
        List<Address> candidates = places.stream().map(p -> as(address, p)).toList();
        return new AddressValidation(places.size() == 1 ? AddressValidation.Verdict.VALID : AddressValidation.Verdict.AMBIGUOUS,
                null, candidates, messages);
    }

    /** The GMT offset of the service area DHL serves the place from; empty when DHL does not serve it. */
    public static Optional<ZoneOffset> gmtOffset(Optional<byte[]> body) {
        return body.map(DhlAddressMapper::read).map(DhlAddressWire.Response::address).orElse(List.of()).stream()
                .filter(Objects::nonNull).map(DhlAddressWire.Place::serviceArea).filter(Objects::nonNull)
                .map(area -> CarrierTimes.offset(area.gmtOffset())).filter(Objects::nonNull).findFirst();
    }

    private static DhlAddressWire.Response read(byte[] body) {
        return CarrierJson.read(DhlErrors.CODE, body, DhlAddressWire.Response.class);
    }

    /** The address as given, with the place as DHL spells it. */
    private static Address as(Address given, DhlAddressWire.Place place) {
        return new Address(given.name(), given.company(), given.phone(), given.email(), given.street1(), given.street2(),
                place.cityName() != null ? place.cityName() : given.city(), given.state(),
                place.postalCode() != null ? place.postalCode() : given.postalCode(),
                place.countryCode() != null ? place.countryCode() : given.country(), given.residential());
    }
}
