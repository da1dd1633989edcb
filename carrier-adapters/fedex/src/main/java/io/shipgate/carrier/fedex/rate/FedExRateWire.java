package io.shipgate.carrier.fedex.rate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.shipgate.carrier.fedex.FedExCommit;
import io.shipgate.carrier.fedex.FedExCommodities;
import io.shipgate.carrier.fedex.FedExParties;
import io.shipgate.carrier.fedex.FedExUnits;

import java.math.BigDecimal;
import java.util.List;

/** The JSON of FedEx's Rate API ({@code POST /rate/v1/rates/quotes}), as FedEx names it. */
public final class FedExRateWire {

    private FedExRateWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(FedExParties.AccountNumber accountNumber, ControlParameters rateRequestControlParameters,
                          RequestedShipment requestedShipment) {
    }

    public record ControlParameters(boolean returnTransitTimes, boolean servicesNeededOnRateFailure) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestedShipment(FedExParties.Party shipper, FedExParties.Party recipient, String shipDateStamp, String pickupType,
                                    String packagingType, List<String> rateRequestType, int totalPackageCount,
                                    List<PackageLine> requestedPackageLineItems, String preferredCurrency, Boolean documentShipment,
                                    CustomsClearance customsClearanceDetail) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PackageLine(int groupPackageCount, FedExUnits.WireWeight weight, FedExUnits.WireDimensions dimensions,
                              FedExUnits.WireMoney declaredValue, PackageServices packageSpecialServices) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PackageServices(List<String> specialServiceTypes, CodDetail packageCODDetail, List<String> signatureOptionType) {
    }

    public record CodDetail(String codCollectionType, FedExUnits.WireMoney codCollectionAmount) {
    }

    /** What a quote takes of the customs declaration: duties payer, purpose and commodities. */
    public record CustomsClearance(FedExParties.Payment dutiesPayment, Invoice commercialInvoice,
                                   List<FedExCommodities.Commodity> commodities) {
    }

    public record Invoice(String shipmentPurpose) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(Output output) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Output(List<ReplyDetail> rateReplyDetails, List<Alert> alerts) {
    }

    /** FedEx's notes next to the quotes (a service it could not rate, a currency note...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alert(String code, String message, String alertType) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReplyDetail(String serviceType, String serviceName, List<Rated> ratedShipmentDetails, FedExCommit.Commit commit,
                              FedExCommit.OperationalDetail operationalDetail) {
    }

    /** One rating of the service: ACCOUNT (negotiated), LIST, PREFERRED_... each in its currency. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rated(String rateType, String currency, BigDecimal totalNetCharge, BigDecimal totalBaseCharge,
                       BigDecimal totalDiscounts, BigDecimal totalNetFedExCharge, BigDecimal totalDutiesAndTaxes,
                       BigDecimal totalNetChargeWithDutiesAndTaxes, RateDetail shipmentRateDetail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RateDetail(String currency, String rateType, List<ChargeLine> surCharges, List<ChargeLine> taxes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChargeLine(String type, String description, BigDecimal amount) {
    }
}
