package io.shipgate.carrier.fedex.tracking;

import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExTrackResults;
import io.shipgate.carrier.fedex.FedExTrackWire;
import io.shipgate.carrier.fedex.FedExValues;
import io.shipgate.carrier.model.TrackingResult;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /track/v1/trackingnumbers} with detailed scans, and FedEx's answer for one number as
 * universal tracking ({@link FedExTrackResults}); FedEx's error for the number (unknown...) is thrown.
 */
public final class FedExTrackingMapper {

    static final String NOT_FOUND = "TRACKING.TRACKINGNUMBER.NOTFOUND";

    private FedExTrackingMapper() {
    }

    public static FedExTrackWire.Request request(String awb) {
        return FedExTrackWire.Request.of(awb);
    }

    /**
     * The tracking of {@code awb}; FedEx's error for it (unknown number...) is thrown. When FedEx
     * answers the number with several shipments, the one shipped nearest {@code shipDate} (null when
     * unknown), else the one scanned last, is read ({@link FedExTrackResults#choose}).
     */
    public static TrackingResult parse(byte[] body, String awb, LocalDate shipDate, String operation) {
        FedExTrackWire.Response answer = FedExErrors.read(body, FedExTrackWire.Response.class);
        List<FedExTrackWire.CompleteResult> complete = answer.output() == null ? List.of()
                : FedExValues.list(answer.output().completeTrackResults());
        FedExTrackWire.CompleteResult entry = complete.stream().filter(r -> awb.equals(FedExValues.text(r.trackingNumber()))).findFirst()
                .orElse(complete.isEmpty() ? null : complete.getFirst());
        FedExTrackWire.TrackResult result = entry == null ? null : FedExValues.first(entry.trackResults());
        if (result == null) {
            throw FedExErrors.of(operation, NOT_FOUND, "FedEx returned no tracking for " + awb);
        }
        FedExTrackResults.Chosen chosen = FedExTrackResults.choose(entry.trackResults(), shipDate);
        if (chosen == null) {
            FedExErrors.Problem error = result.error();
            throw FedExErrors.of(operation, error == null || FedExValues.text(error.code()) == null ? NOT_FOUND : error.code(),
                    error == null ? null : FedExValues.firstText(error.message()));
        }
        return FedExTrackResults.result(chosen.result(), awb, FedExTrackResults.raw(body, chosen.choice()));
    }
}
