package io.shipgate.carrier.simulator;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** {@code POST /v1/rates}, {@code POST /v1/edd} and {@code POST /v1/serviceability}. */
final class RatesEndpoint {

    record Charge(String name, String amount, String type) {
    }

    record Rate(String serviceCode, String serviceName, String serviceLevel, String amount, String currency,
                List<Charge> charges, int transitDays, LocalDate estimatedDelivery, LocalDate latestDelivery, boolean guaranteed) {
    }

    record Rates(List<Rate> rates) {
    }

    record Estimate(String serviceCode, String serviceLevel, LocalDate estimatedDelivery, LocalDate latestDelivery,
                    int transitDays, boolean guaranteed) {
    }

    record Estimates(List<Estimate> estimates) {
    }

    record Serviceability(boolean serviceable, boolean prepaid, boolean cod, boolean pickup, boolean reversePickup,
                          List<String> services, String remark) {
    }

    private static final int MAX_PARCELS = 50;

    SimulatorResponse rates(SimulatorRequest request) {
        JsonFields body = request.json();
        Lane lane = new Lane(Party.read(body.object("shipper"), false), Party.read(body.object("recipient"), false));
        List<ParcelSpec> parcels = body.objects("parcels", MAX_PARCELS).stream().map(ParcelSpec::read).toList();
        Amount cod = Amount.read(body, "cod");
        Amount declaredValue = Amount.read(body, "declared_value");
        LocalDate shipDate = lane.shipDate(body, request.now());
        Coverage.require(lane, cod, "shipper", "recipient");
        List<Rate> rates = Tariff.quotes(lane, parcels, cod, declaredValue, request.simulation().currency(), shipDate).stream()
                .map(q -> new Rate(q.service().code, q.service().displayName, q.service().level, q.total().toPlainString(),
                        q.currency(), q.charges().stream().map(c -> new Charge(c.name(), c.amount().toPlainString(), c.type())).toList(),
                        q.delivery().transitDays(), q.delivery().estimated(), q.delivery().latest(), q.delivery().guaranteed()))
                .toList();
        return SimulatorResponse.json(200, new Rates(rates));
    }

    SimulatorResponse estimateDelivery(SimulatorRequest request) {
        JsonFields body = request.json();
        Lane lane = new Lane(Party.read(body.object("origin"), false), Party.read(body.object("destination"), false));
        String serviceCode = body.optionalText("service_code", 40);
        LocalDate shipDate = lane.shipDate(body, request.now());
        Coverage.require(lane, null, "origin", "destination");
        List<SandboxService> services = SandboxService.FORWARD.stream().filter(s -> s.offeredOn(lane)).toList();
        if (serviceCode != null) {
            SandboxService service = SandboxService.byCode(serviceCode)
                    .orElseThrow(() -> body.invalid("service_code", "is not a sandbox service"));
            if (!service.offeredOn(lane)) {
                throw SimulatorError.notServiceable("service_code", serviceCode + " is only offered within one country");
            }
            services = List.of(service);
        }
        List<Estimate> estimates = services.stream().map(s -> {
            Tariff.Delivery delivery = Tariff.delivery(s, lane, shipDate);
            return new Estimate(s.code, s.level, delivery.estimated(), delivery.latest(), delivery.transitDays(), delivery.guaranteed());
        }).toList();
        return SimulatorResponse.json(200, new Estimates(estimates));
    }

    /** What is offered for a destination (and from an origin, when given: without one, the lane is domestic). */
    SimulatorResponse serviceability(SimulatorRequest request) {
        JsonFields body = request.json();
        Party destination = Party.read(body.object("destination"), false);
        JsonFields originFields = body.optionalObject("origin");
        Party origin = originFields == null ? null : Party.read(originFields, false);
        Amount cod = Amount.read(body, "cod");
        Lane lane = new Lane(origin != null ? origin : destination, destination);

        boolean serviceable = Coverage.serves(destination);
        boolean pickup = origin == null ? serviceable : Coverage.serves(origin);
        String codRefusal = cod != null ? Coverage.codRefusal(lane, cod)
                : Coverage.codAvailable(lane) ? null : "cash on delivery is not offered on this lane";
        List<String> services = serviceable && pickup
                ? Stream.concat(SandboxService.FORWARD.stream().filter(s -> s.offeredOn(lane)), Stream.of(SandboxService.RETURN))
                .map(s -> s.code).toList()
                : List.of();
        String remark = !serviceable ? "postal code " + destination.postalCode() + " is not serviceable"
                : !pickup ? "no pickup at postal code " + origin.postalCode()
                : codRefusal;
        return SimulatorResponse.json(200, new Serviceability(serviceable, serviceable, serviceable && codRefusal == null,
                pickup, serviceable, services, remark));
    }
}
