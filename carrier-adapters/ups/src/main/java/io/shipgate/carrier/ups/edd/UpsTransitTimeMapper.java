package io.shipgate.carrier.ups.edd;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.ups.UpsServices;
import io.shipgate.carrier.ups.UpsTime;
import io.shipgate.carrier.ups.UpsUnits;
import io.shipgate.carrier.ups.UpsWire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        List<Edd> edds = new ArrayList<>();
        for (UpsTransitTimeWire.Service s : UpsWire.list(answer.emsResponse() == null ? null : answer.emsResponse().services())) {
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
            LocalDate delivery = UpsTime.date(s.deliveryDate());
            edds.add(new Edd(code, level, delivery, delivery, UpsWire.integer(s.businessTransitDays()), "1".equals(s.guaranteeIndicator())));
        }
        return edds;
    }
}
