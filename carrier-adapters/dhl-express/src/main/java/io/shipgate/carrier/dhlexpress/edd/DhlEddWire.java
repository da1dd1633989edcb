package io.shipgate.carrier.dhlexpress.edd;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.dhlexpress.DhlParties;
import io.shipgate.carrier.dhlexpress.DhlUnits;

import java.util.List;

/**
 * The JSON of MyDHL's {@code POST /rates} asked for a lane's delivery dates, as MyDHL names it:
 * the request without prices' inputs (declared value, services), the answer's products read
 * only for their delivery capabilities.
 */
public final class DhlEddWire {

    private DhlEddWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(CustomerDetails customerDetails, List<DhlParties.Account> accounts, String plannedShippingDateAndTime,
                          String unitOfMeasurement, @JsonProperty("isCustomsDeclarable") boolean customsDeclarable,
                          EstimatedDeliveryDate estimatedDeliveryDate, boolean nextBusinessDay, boolean returnStandardProductsOnly,
                          List<DhlUnits.Package> packages) {
    }

    /** The rate service takes both addresses flat. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustomerDetails(DhlParties.PostalAddress shipperDetails, DhlParties.PostalAddress receiverDetails) {
    }

    /** {@code QDDC}: the delivery date DHL tells consumers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EstimatedDeliveryDate(@JsonProperty("isRequested") boolean requested, String typeCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(List<Product> products) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Product(String productName, String productCode, DeliveryCapabilities deliveryCapabilities) {
    }

    /** The delivery date is the destination's local date and time, without offset. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveryCapabilities(String deliveryTypeCode, String estimatedDeliveryDateAndTime, Integer totalTransitDays) {
    }
}
