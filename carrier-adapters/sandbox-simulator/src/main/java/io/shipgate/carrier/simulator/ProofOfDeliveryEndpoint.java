package io.shipgate.carrier.simulator;

import io.shipgate.carrier.simulator.label.ProofOfDeliveryLetter;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code GET /v1/shipments/{awb}/pod}: the proof of a delivery that has happened by the simulator
 * clock's now (DLV, RDL into the warehouse, or RTD back at the shipper), with a one-page PDF letter;
 * 409 {@code NOT_DELIVERED} before. The signer is the masked name of whoever the parcel was
 * delivered to, or, for a shipment the simulator does not know, a masked name drawn from the AWB.
 */
final class ProofOfDeliveryEndpoint {

    record Document(String contentType, byte[] contentBase64) {
    }

    record ProofOfDelivery(String awb, OffsetDateTime deliveredAt, String signedBy, TrackingEndpoint.Location location,
                           Document document) {
    }

    private static final String PDF = "application/pdf";
    private static final String INITIALS = "ABCDEFGHJKLMNPRSTW";
    private static final List<String> SURNAMES = List.of("DOE", "SMITH", "GARCIA", "KUMAR", "MULLER", "NGUYEN", "OKAFOR",
            "ROSSI", "SATO", "SILVA", "JONES", "MARTIN", "COHEN", "SINGH", "WANG", "NOWAK");

    private final ShipmentBook book;

    ProofOfDeliveryEndpoint(ShipmentBook book) {
        this.book = book;
    }

    SimulatorResponse proofOfDelivery(SimulatorRequest request) {
        String awb = request.awb();
        ShipmentFacts facts = book.facts(awb);
        TrackingTimeline.Event delivery = TrackingTimeline.plan(awb, facts, book.cancelledAt(awb), request.simulation())
                .deliveryBy(request.now())
                .orElseThrow(() -> SimulatorError.conflict("NOT_DELIVERED", book.cancelledAt(awb) != null
                        ? "shipment " + awb + " was cancelled and will not be delivered"
                        : "shipment " + awb + " has not been delivered yet"));
        String known = delivery.code() == TrackingCode.RTD ? facts.originSigner() : facts.destinationSigner();
        String signer = known != null ? known : drawnSigner(awb);
        Place place = delivery.place();
        OffsetDateTime deliveredAt = delivery.localTime();
        byte[] letter = ProofOfDeliveryLetter.render(new ProofOfDeliveryLetter.Content(SandboxSimulator.CARRIER_NAME, awb,
                deliveredAt, cityLine(place), signer));
        return SimulatorResponse.json(200, new ProofOfDelivery(awb, deliveredAt, signer, TrackingEndpoint.Location.of(place),
                new Document(PDF, letter)));
    }

    /** A masked name such as {@code J. DOE}, the same for the same AWB. */
    private static String drawnSigner(String awb) {
        byte[] hash = Digests.sha256(("signer " + awb).getBytes(StandardCharsets.US_ASCII));
        return INITIALS.charAt(Byte.toUnsignedInt(hash[0]) % INITIALS.length()) + ". "
                + SURNAMES.get(Byte.toUnsignedInt(hash[1]) % SURNAMES.size());
    }

    /** {@code San Francisco, CA 94105, US}. */
    private static String cityLine(Place place) {
        String statePostalCode = Stream.of(place.state(), place.postalCode()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(place.city(), statePostalCode, place.country()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }
}
