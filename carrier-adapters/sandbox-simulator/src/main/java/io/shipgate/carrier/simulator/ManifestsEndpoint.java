package io.shipgate.carrier.simulator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /v1/manifests}: the end-of-day close of an account's AWBs. Each AWB must be the account's own (to another
 * account it does not exist) and not cancelled; the answer is the sandbox's manifest number.
 */
final class ManifestsEndpoint {

    record Closed(String manifestId, LocalDate date, int shipmentCount) {
    }

    /** AWBs per close, at most. */
    private static final int MAX_AWBS = 5_000;

    private final ShipmentBook book;

    ManifestsEndpoint(ShipmentBook book) {
        this.book = book;
    }

    SimulatorResponse close(SimulatorRequest request) {
        JsonFields body = request.json();
        LocalDate date = body.date("date");
        Set<String> closed = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String awb : body.texts("awbs", MAX_AWBS)) {
            if (!SandboxAwb.isValid(awb) || !request.owner().owns(awb)) {
                unknown.add(awb);
            } else if (book.cancelledAt(awb) != null) {
                throw SimulatorError.conflict("SHIPMENT_CANCELLED", "shipment " + awb + " is cancelled and cannot be manifested");
            } else {
                closed.add(awb);
            }
        }
        if (!unknown.isEmpty()) {
            throw SimulatorError.validation("awbs", "no shipments with AWBs " + unknown);
        }
        String manifestId = RandomIds.next("MF" + date.format(DateTimeFormatter.BASIC_ISO_DATE), 6);
        return SimulatorResponse.json(201, new Closed(manifestId, date, closed.size()));
    }
}
