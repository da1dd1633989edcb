package io.shipgate.carrier.fedex.edd;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.shipgate.carrier.fedex.FedExCommit;
import io.shipgate.carrier.fedex.FedExParties;
import io.shipgate.carrier.fedex.FedExUnits;

import java.util.List;

/**
 * The JSON of an estimate: FedEx has no separate transit-time API in this contract, so an EDD is a
 * rate quote for the lane ({@code POST /rate/v1/rates/quotes} with {@code returnTransitTimes}),
 * of which only the commitments are read.
 */
public final class FedExEddWire {

    private FedExEddWire() {
    }

    public record Request(FedExParties.AccountNumber accountNumber, ControlParameters rateRequestControlParameters,
                          RequestedShipment requestedShipment) {
    }

    public record ControlParameters(boolean returnTransitTimes, boolean servicesNeededOnRateFailure) {
    }

    public record RequestedShipment(FedExParties.Party shipper, FedExParties.Party recipient, String shipDateStamp, String pickupType,
                                    String packagingType, List<String> rateRequestType, int totalPackageCount,
                                    List<PackageLine> requestedPackageLineItems) {
    }

    public record PackageLine(int groupPackageCount, FedExUnits.WireWeight weight) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(Output output) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Output(List<ReplyDetail> rateReplyDetails) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReplyDetail(String serviceType, FedExCommit.Commit commit, FedExCommit.OperationalDetail operationalDetail) {
    }
}
