package io.shipgate.carrier.ups.edd;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.spi.CarrierTimes;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsServices;
import io.shipgate.carrier.ups.UpsUnits;
import io.shipgate.carrier.ups.UpsWire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * UPS Time in Transit ({@code POST /api/shipments/{version}/transittimes}): a lane and ship date
 * to every service's scheduled delivery date. UPS names services here by their own codes
 * ({@code GND}, {@code 1DA}); those with a Rating code are answered with it, so an EDD and a rate
 * quote name a service the same way.
 */
public final class UpsTransitTimeMapper {

    /** {@code billType} 03: non-document (goods). */
    private static final String NON_DOCUMENT = "03";

    private UpsTransitTimeMapper() {
    }

    public static UpsTransitTimeWire.Request request(EddRequest request, LocalDate today) {
        Address origin = request.origin();
        Address destination = request.destination();
        UpsUnits units = UpsUnits.of(origin.country());
        Weight weight = request.weight() != null ? request.weight()
                // UPS wants a weight across borders; a small parcel stands in for an unknown one
                : !origin.country().equals(destination.country()) ? Weight.grams(500) : null;
        return new UpsTransitTimeWire.Request(origin.country(), UpsWire.text(origin.state()), UpsWire.text(origin.city()),
                UpsWire.text(origin.postalCode()), destination.country(), UpsWire.text(destination.state()),
                UpsWire.text(destination.city()), UpsWire.text(destination.postalCode()),
                weight == null ? null : new BigDecimal(units.weight(weight)), weight == null ? null : units.weightCode(), NON_DOCUMENT,
                (request.shipDate() != null ? request.shipDate() : today).toString(),
                destination.residentialOrFalse() ? "01" : "02", 1);
    }

    /**
     * One EDD per service UPS answers, or only the one asked for.
     *
     * @param service the Rating (or Time in Transit) code of the service asked for, or null for all
     */
    public static List<Edd> parse(byte[] body, String service) {
        UpsTransitTimeWire.Response answer = UpsWire.read(body, UpsTransitTimeWire.Response.class);
        List<UpsTransitTimeWire.Service> services = UpsWire.list(answer.emsResponse() == null ? null : answer.emsResponse().services());
        if (services.isEmpty() && answer.validationList() != null) {
            refuse(answer);
        }
        List<Edd> edds = new ArrayList<>();
        for (UpsTransitTimeWire.Service s : services) {
            String tntCode = UpsWire.text(s.serviceLevel());
            if (tntCode == null) {
                continue;
            }
            Optional<UpsServices> known = UpsServices.byTimeInTransitCode(tntCode);
            String code = known.map(UpsServices::code).orElse(tntCode);
            if (service != null && !service.equals(code) && !service.equals(tntCode)) {
                continue;
            }
            ServiceLevel level = known.map(UpsServices::level).orElse(UpsServices.levelOfName(s.serviceLevelDescription()));
            LocalDate delivery = CarrierTimes.date(s.deliveryDate());
            edds.add(new Edd(code, level, delivery, delivery, UpsWire.integer(s.businessTransitDays()), "1".equals(s.guaranteeIndicator())));
        }
        return edds;
    }

    /**
     * A validation answer (HTTP 206) is not "no services": an ambiguous origin or destination is
     * INVALID_REQUEST naming it, with the towns UPS proposes; a value UPS refuses is INVALID_REQUEST
     * naming the universal field.
     */
    private static void refuse(UpsTransitTimeWire.Response answer) {
        UpsTransitTimeWire.ValidationList validation = answer.validationList();
        if (Boolean.TRUE.equals(validation.destinationAmbiguous())) {
            throw ambiguous("destination", answer.destinationPickList());
        }
        if (Boolean.TRUE.equals(validation.originAmbiguous())) {
            throw ambiguous("origin", answer.originPickList());
        }
        List<String> fields = UpsWire.list(validation.invalidFieldList()).stream().map(UpsWire::text).filter(Objects::nonNull).toList();
        if (!fields.isEmpty()) {
            List<String> codes = UpsWire.list(validation.invalidFieldListCodes());
            throw UpsErrors.invalid(codes.isEmpty() || UpsWire.text(codes.getFirst()) == null ? "INVALID_FIELD" : codes.getFirst(),
                    "UPS Time in Transit refused " + String.join(", ", fields), universalField(fields.getFirst()), List.of());
        }
    }

    private static RuntimeException ambiguous(String side, List<UpsTransitTimeWire.Candidate> pickList) {
        List<String> towns = UpsWire.list(pickList).stream().map(UpsTransitTimeMapper::town).filter(Objects::nonNull).distinct().toList();
        return UpsErrors.invalid(side.toUpperCase(Locale.ROOT) + "_AMBIGUOUS", "UPS cannot tell which place the " + side + " is"
                + (towns.isEmpty() ? "" : "; it proposes " + String.join("; ", towns)), side, towns);
    }

    /** A proposed place as a person reads it: "SPRINGFIELD, IL 62701-62796, US". */
    private static String town(UpsTransitTimeWire.Candidate c) {
        String city = UpsWire.text(c.city()) != null ? UpsWire.text(c.city()) : UpsWire.text(c.town());
        String postal = UpsWire.text(c.postalCode()) != null ? UpsWire.text(c.postalCode())
                : UpsWire.text(c.postalCodeLow()) == null ? null
                : c.postalCodeLow().strip() + (UpsWire.text(c.postalCodeHigh()) == null ? "" : "-" + c.postalCodeHigh().strip());
        String place = Stream.of(UpsWire.text(c.stateProvince()), postal).filter(Objects::nonNull).collect(Collectors.joining(" "));
        String text = Stream.of(city, place.isEmpty() ? null : place, UpsWire.text(c.countryCode())).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? null : text;
    }

    /** UPS's request field ({@code destinationPostalCode}) as the universal one ({@code destination.postalCode}). */
    public static String universalField(String upsField) {
        for (String side : List.of("origin", "destination")) {
            if (upsField.startsWith(side) && upsField.length() > side.length()) {
                String part = upsField.substring(side.length());
                return side + "." + switch (part) {
                    case "CountryCode" -> "country";
                    case "StateProvince" -> "state";
                    case "CityName", "TownName" -> "city";
                    case "PostalCode" -> "postalCode";
                    default -> Character.toLowerCase(part.charAt(0)) + part.substring(1);
                };
            }
        }
        return upsField;
    }
}
