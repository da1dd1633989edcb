package io.shipgate.carrier.ups.edd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.ups.UpsJson;
import io.shipgate.carrier.ups.UpsServices;
import io.shipgate.carrier.ups.UpsTime;
import io.shipgate.carrier.ups.UpsUnits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * UPS Time in Transit ({@code POST /api/shipments/{version}/transittimes}): a lane and ship date
 * to every service's scheduled delivery date. UPS names services here by their own codes
 * ({@code GND}, {@code 1DA}); those with a Rating code are answered with it, so an EDD and a rate
 * quote name a service the same way. Weight and package count are numbers, as the schema types them.
 */
public final class UpsTransitTimeMapper {

    /** {@code billType} 03: non-document (goods). */
    private static final String NON_DOCUMENT = "03";

    private UpsTransitTimeMapper() {
    }

    public static ObjectNode request(EddRequest request, LocalDate today) {
        ObjectNode body = UpsJson.object();
        lane(body, "origin", request.origin());
        lane(body, "destination", request.destination());
        if (request.weight() != null) {
            UpsUnits units = UpsUnits.of(request.origin().country());
            body.put("weight", new BigDecimal(units.weight(request.weight())));
            body.put("weightUnitOfMeasure", units.weightCode());
        } else if (!request.origin().country().equals(request.destination().country())) {
            // UPS wants a weight across borders; a small parcel stands in for an unknown one
            body.put("weight", new BigDecimal(UpsUnits.of(request.origin().country()).weight(Weight.grams(500))));
            body.put("weightUnitOfMeasure", UpsUnits.of(request.origin().country()).weightCode());
        }
        body.put("billType", NON_DOCUMENT);
        body.put("shipDate", (request.shipDate() != null ? request.shipDate() : today).toString());
        body.put("residentialIndicator", request.destination().residentialOrFalse() ? "01" : "02");
        body.put("numberOfPackages", 1);
        return body;
    }

    private static void lane(ObjectNode body, String side, Address address) {
        body.put(side + "CountryCode", address.country());
        UpsJson.putIfPresent(body, side + "StateProvince", address.state());
        UpsJson.putIfPresent(body, side + "CityName", address.city());
        UpsJson.putIfPresent(body, side + "PostalCode", address.postalCode());
    }

    /**
     * One EDD per service UPS answers, or only the one asked for.
     *
     * @param service the Rating (or Time in Transit) code of the service asked for, or null for all
     */
    public static List<Edd> parse(JsonNode answer, String service) {
        List<Edd> edds = new ArrayList<>();
        for (JsonNode s : UpsJson.list(answer.path("emsResponse").path("services"))) {
            String tntCode = UpsJson.text(s, "serviceLevel");
            Optional<UpsServices> known = UpsServices.byTimeInTransitCode(tntCode);
            String code = known.map(UpsServices::code).orElse(tntCode);
            if (service != null && !service.equals(code) && !service.equals(tntCode)) {
                continue;
            }
            ServiceLevel level = known.map(UpsServices::level)
                    .orElse(UpsServices.levelOfName(UpsJson.text(s, "serviceLevelDescription")));
            String days = UpsJson.text(s, "businessTransitDays");
            LocalDate delivery = UpsTime.date(UpsJson.text(s, "deliveryDate"));
            edds.add(new Edd(code, level, delivery, delivery, days == null ? null : Integer.valueOf(days),
                    "1".equals(UpsJson.text(s, "guaranteeIndicator"))));
        }
        return edds;
    }
}
