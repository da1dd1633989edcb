package io.shipgate.carrier.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.shipgate.carrier.simulator.TrackingCode.CAN;
import static io.shipgate.carrier.simulator.TrackingCode.DLV;
import static io.shipgate.carrier.simulator.TrackingCode.ITR;
import static io.shipgate.carrier.simulator.TrackingCode.MAN;
import static io.shipgate.carrier.simulator.TrackingCode.OFD;
import static io.shipgate.carrier.simulator.TrackingCode.OFP;
import static io.shipgate.carrier.simulator.TrackingCode.PKD;
import static io.shipgate.carrier.simulator.TrackingCode.RDL;
import static io.shipgate.carrier.simulator.TrackingCode.RIT;
import static io.shipgate.carrier.simulator.TrackingCode.RPU;
import static io.shipgate.carrier.simulator.TrackingCode.RRQ;
import static io.shipgate.carrier.simulator.TrackingCode.RTD;
import static io.shipgate.carrier.simulator.TrackingCode.RTI;
import static io.shipgate.carrier.simulator.TrackingCode.RTT;
import static io.shipgate.carrier.simulator.TrackingCode.UND;

/**
 * A shipment's whole tracking history, planned from its AWB: the first event at the creation time
 * the AWB encodes, one more every step ({@code X-Sandbox-Step-Seconds}), and a scenario drawn from
 * a hash of the AWB against the failed-attempt and RTO rates, so the same AWB always tells the same
 * story:
 * <ul>
 *   <li>delivered: MAN, PKD, ITR, OFD, DLV;</li>
 *   <li>failed attempt: MAN, PKD, ITR, OFD, UND (with a reason), OFD, DLV;</li>
 *   <li>return to origin: MAN, PKD, ITR, OFD, UND, OFD, UND, RTI, RTT, RTD;</li>
 *   <li>customer return: RRQ, OFP, RPU, RIT, RDL;</li>
 *   <li>cancelled: what happened before the cancellation (never a pickup), then CAN;</li>
 *   <li>returned to origin on the shipper's instruction (an NDR action RETURN_TO_ORIGIN): what happened before it, then
 *       RTI, RTT, RTD from the next step on.</li>
 * </ul>
 */
final class TrackingTimeline {

    /** One tracking event. {@code reason} is set on UND events only. */
    record Event(TrackingCode code, AttemptFailureReason reason, Place place, Instant at) {

        /** When it happened in the local time and offset of its place, to the second. */
        OffsetDateTime localTime() {
            return at.atZone(place.zone()).toOffsetDateTime().withNano(0);
        }
    }

    enum Scenario { DELIVERED, FAILED_ATTEMPT, RETURN_TO_ORIGIN, CUSTOMER_RETURN }

    private enum Where { ORIGIN, HUB, DESTINATION }

    private record Step(TrackingCode code, Where where) {
    }

    private static final List<Step> DELIVERED = List.of(new Step(MAN, Where.ORIGIN), new Step(PKD, Where.ORIGIN),
            new Step(ITR, Where.HUB), new Step(OFD, Where.DESTINATION), new Step(DLV, Where.DESTINATION));
    private static final List<Step> FAILED_ATTEMPT = List.of(new Step(MAN, Where.ORIGIN), new Step(PKD, Where.ORIGIN),
            new Step(ITR, Where.HUB), new Step(OFD, Where.DESTINATION), new Step(UND, Where.DESTINATION),
            new Step(OFD, Where.DESTINATION), new Step(DLV, Where.DESTINATION));
    private static final List<Step> RETURN_TO_ORIGIN = List.of(new Step(MAN, Where.ORIGIN), new Step(PKD, Where.ORIGIN),
            new Step(ITR, Where.HUB), new Step(OFD, Where.DESTINATION), new Step(UND, Where.DESTINATION),
            new Step(OFD, Where.DESTINATION), new Step(UND, Where.DESTINATION), new Step(RTI, Where.DESTINATION),
            new Step(RTT, Where.HUB), new Step(RTD, Where.ORIGIN));
    private static final List<Step> CUSTOMER_RETURN = List.of(new Step(RRQ, Where.ORIGIN), new Step(OFP, Where.ORIGIN),
            new Step(RPU, Where.ORIGIN), new Step(RIT, Where.HUB), new Step(RDL, Where.DESTINATION));
    /** The events that end a story with a delivery: to the recipient, to the warehouse, back to the shipper. */
    private static final Set<TrackingCode> DELIVERIES = EnumSet.of(DLV, RDL, RTD);
    /** The step at which a forward parcel is first due for delivery: its estimated delivery. */
    private static final int FIRST_DELIVERY_STEP = 4;

    private final Scenario scenario;
    private final List<Event> events;

    private TrackingTimeline(Scenario scenario, List<Event> events) {
        this.scenario = scenario;
        this.events = events;
    }

    /**
     * Plans the shipment's events.
     *
     * @param cancelledAt when it was cancelled, or null
     */
    static TrackingTimeline plan(String awb, ShipmentFacts facts, Instant cancelledAt, Simulation simulation) {
        return plan(awb, facts, cancelledAt, null, simulation);
    }

    /**
     * Plans the shipment's events.
     *
     * @param cancelledAt    when it was cancelled, or null
     * @param rtoRequestedAt when the shipper asked for it back (a forward parcel not delivered yet), or null
     */
    static TrackingTimeline plan(String awb, ShipmentFacts facts, Instant cancelledAt, Instant rtoRequestedAt, Simulation simulation) {
        byte[] hash = Digests.sha256(awb.getBytes(StandardCharsets.US_ASCII));
        Scenario scenario = scenario(hash, facts.returnShipment(), simulation);
        List<Step> steps = switch (scenario) {
            case DELIVERED -> DELIVERED;
            case FAILED_ATTEMPT -> FAILED_ATTEMPT;
            case RETURN_TO_ORIGIN -> RETURN_TO_ORIGIN;
            case CUSTOMER_RETURN -> CUSTOMER_RETURN;
        };
        Instant start = SandboxAwb.createdAt(awb);
        List<Event> events = new ArrayList<>(steps.size());
        int attempts = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Instant at = start.plus(simulation.step().multipliedBy(i));
            if (cancelledAt != null && i > 0 && (!at.isBefore(cancelledAt) || isPickup(step.code()))) {
                Instant previous = events.getLast().at();
                events.add(new Event(CAN, null, facts.origin(), cancelledAt.isBefore(previous) ? previous : cancelledAt));
                break;
            }
            if (rtoRequestedAt != null && i > 0 && !at.isBefore(rtoRequestedAt) && !facts.returnShipment()
                    && events.stream().noneMatch(e -> DELIVERIES.contains(e.code()) || e.code() == RTI)) {
                events.add(new Event(RTI, null, events.getLast().place(), at));
                events.add(new Event(RTT, null, Geography.hub(facts.origin().country()), at.plus(simulation.step())));
                events.add(new Event(RTD, null, facts.origin(), at.plus(simulation.step().multipliedBy(2))));
                break;
            }
            AttemptFailureReason reason = step.code() == UND ? reason(hash, attempts++) : null;
            events.add(new Event(step.code(), reason, place(step.where(), facts), at));
        }
        return new TrackingTimeline(scenario, List.copyOf(events));
    }

    /** The events that have happened by {@code now}; the first one always has. */
    List<Event> until(Instant now) {
        List<Event> happened = new ArrayList<>();
        for (Event event : events) {
            if (!happened.isEmpty() && event.at().isAfter(now)) {
                break;
            }
            happened.add(event);
        }
        return happened;
    }

    /** The delivery (DLV, RDL or RTD) if it has happened by {@code now}. */
    Optional<Event> deliveryBy(Instant now) {
        return until(now).stream().filter(e -> DELIVERIES.contains(e.code())).findFirst();
    }

    /** When the carrier takes the parcel (PKD, or RPU for a customer return): no cancellation from then on. */
    Instant pickedUpAt() {
        return events.stream().filter(e -> isPickup(e.code())).findFirst().map(Event::at).orElse(Instant.MAX);
    }

    private static boolean isPickup(TrackingCode code) {
        return code == PKD || code == RPU;
    }

    /**
     * The delivery date the carrier announces at {@code now}: the local date of the planned delivery
     * (of the first attempt, for a parcel that will go back to origin); none once cancelled, on
     * its way back, or delivered (the delivery event then says when).
     */
    LocalDate estimatedDelivery(Instant now) {
        List<Event> happened = until(now);
        if (events.getLast().code() == CAN || happened.stream().anyMatch(e -> e.code() == RTI || e.code() == DLV
                || e.code() == RDL || e.code() == RTD)) {
            return null;
        }
        Event delivery = scenario == Scenario.RETURN_TO_ORIGIN ? events.get(FIRST_DELIVERY_STEP) : events.getLast();
        return LocalDate.ofInstant(delivery.at(), delivery.place().zone());
    }

    private static Scenario scenario(byte[] hash, boolean customerReturn, Simulation simulation) {
        if (customerReturn) {
            return Scenario.CUSTOMER_RETURN;
        }
        double draw = (ByteBuffer.wrap(hash).getLong() >>> 11) * 0x1.0p-53;
        if (draw < simulation.rtoRate()) {
            return Scenario.RETURN_TO_ORIGIN;
        }
        if (draw < simulation.rtoRate() + simulation.failedAttemptRate()) {
            return Scenario.FAILED_ATTEMPT;
        }
        return Scenario.DELIVERED;
    }

    private static AttemptFailureReason reason(byte[] hash, int attempt) {
        AttemptFailureReason[] reasons = AttemptFailureReason.values();
        return reasons[Byte.toUnsignedInt(hash[8 + attempt]) % reasons.length];
    }

    private static Place place(Where where, ShipmentFacts facts) {
        return switch (where) {
            case ORIGIN -> facts.origin();
            case HUB -> Geography.hub(facts.origin().country());
            case DESTINATION -> facts.destination();
        };
    }
}
