package io.shipgate.carrier.fedex.edd;

import io.shipgate.carrier.fedex.FedExCommit;
import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExParties;
import io.shipgate.carrier.fedex.FedExServices;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExUnits;
import io.shipgate.carrier.fedex.FedExValues;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Estimated delivery dates from FedEx's rate quotes: a quote for the lane ({@code returnTransitTimes})
 * read for its commitments ({@link FedExCommit}). A service FedEx gives no date nor transit days for
 * is left out.
 */
public final class FedExEddMapper {

    /** The weight quoted when the question gives none: transit times do not depend on it. */
    static final Weight DEFAULT_WEIGHT = Weight.of("1", WeightUnit.LB);

    private FedExEddMapper() {
    }

    public static FedExEddWire.Request request(EddRequest request, FedExSettings settings, LocalDate shipDate) {
        FedExUnits.Units units = FedExUnits.Units.of(request.origin().country());
        Weight weight = request.weight() != null ? request.weight() : DEFAULT_WEIGHT;
        return new FedExEddWire.Request(FedExParties.account(settings), new FedExEddWire.ControlParameters(true, true),
                new FedExEddWire.RequestedShipment(new FedExParties.Party(FedExParties.address(request.origin()), null),
                        new FedExParties.Party(FedExParties.address(request.destination()), null), shipDate.toString(),
                        settings.pickupType(), "YOUR_PACKAGING", List.of("ACCOUNT", "LIST"), 1,
                        List.of(new FedExEddWire.PackageLine(1, FedExUnits.weight(weight, units.weight())))));
    }

    /** One EDD per service FedEx commits to, only {@code service}'s when the question names one. */
    public static List<Edd> parse(byte[] body, String service) {
        FedExEddWire.Response answer = FedExErrors.read(body, FedExEddWire.Response.class);
        List<FedExEddWire.ReplyDetail> details = answer.output() == null ? List.of() : FedExValues.list(answer.output().rateReplyDetails());
        return details.stream().map(detail -> {
            String serviceType = FedExValues.text(detail.serviceType());
            FedExCommit commit = FedExCommit.of(detail.commit(), detail.operationalDetail());
            if (serviceType == null || !commit.known() || service != null && !service.equals(serviceType)) {
                return null;
            }
            return new Edd(serviceType, FedExServices.level(serviceType), commit.date(), null, commit.transitDays(), commit.guaranteed());
        }).filter(Objects::nonNull).toList();
    }
}
