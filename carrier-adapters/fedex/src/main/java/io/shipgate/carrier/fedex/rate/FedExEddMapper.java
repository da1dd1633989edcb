package io.shipgate.carrier.fedex.rate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.fedex.FedExJson;
import io.shipgate.carrier.fedex.FedExServices;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;

import java.time.LocalDate;
import java.util.List;

/**
 * Estimated delivery dates from FedEx's rate quotes: FedEx has no separate transit-time API in
 * this contract, so an EDD is a rate quote for the lane ({@code returnTransitTimes}) read for its
 * commitments ({@link FedExCommit}). A service FedEx gives no date nor transit days for is left out.
 */
public final class FedExEddMapper {

    /** The weight quoted when the question gives none: transit times do not depend on it. */
    static final Weight DEFAULT_WEIGHT = Weight.of("1", WeightUnit.LB);

    private FedExEddMapper() {
    }

    public static ObjectNode request(EddRequest request, FedExSettings settings, LocalDate shipDate) {
        Parcel parcel = new Parcel(request.weight() != null ? request.weight() : DEFAULT_WEIGHT, null, null);
        return FedExRateMapper.request(new RateRequest(request.origin(), request.destination(), List.of(parcel), null, null),
                settings, shipDate);
    }

    /** One EDD per service FedEx commits to, only {@code service}'s when the question names one. */
    public static List<Edd> parse(JsonNode answer, String service) {
        return FedExJson.each(answer.path("output"), "rateReplyDetails", detail -> {
            String serviceType = FedExJson.text(detail, "serviceType");
            FedExCommit commit = FedExCommit.of(detail);
            if (serviceType == null || !commit.known() || service != null && !service.equals(serviceType)) {
                return null;
            }
            return new Edd(serviceType, FedExServices.level(serviceType), commit.date(), null, commit.transitDays(), commit.guaranteed());
        });
    }
}
