package io.shipgate.carrier.dhlexpress.edd;

import io.shipgate.carrier.dhlexpress.DhlErrors;
import io.shipgate.carrier.dhlexpress.DhlParties;
import io.shipgate.carrier.dhlexpress.DhlProducts;
import io.shipgate.carrier.dhlexpress.DhlSettings;
import io.shipgate.carrier.dhlexpress.DhlShippingTime;
import io.shipgate.carrier.dhlexpress.DhlUnits;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierTimes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Estimated delivery dates from MyDHL's product data: a rate request for the lane
 * ({@code POST /rates} with {@code estimatedDeliveryDate} requested) answers every product with
 * its delivery capabilities (the estimated local delivery date and the transit days). A lane
 * question without a weight is asked for one kilogram; a cross-border lane as goods. DHL does not
 * say the dates are guaranteed.
 */
public final class DhlEddMapper {

    private static final Weight DEFAULT_WEIGHT = Weight.of("1", WeightUnit.KG);
    /** The consumer-facing delivery date estimate. */
    static final String DELIVERY_DATE_TYPE = "QDDC";

    private DhlEddMapper() {
    }

    public static DhlEddWire.Request request(EddRequest request, DhlSettings settings, Clock clock) {
        DhlParties.requireCity(request.origin(), "origin");
        DhlParties.requireCity(request.destination(), "destination");
        DhlUnits units = settings.unitsFrom(request.origin().country());
        Parcel parcel = Parcel.of(request.weight() == null ? DEFAULT_WEIGHT : request.weight(), null);
        return new DhlEddWire.Request(
                new DhlEddWire.CustomerDetails(DhlParties.PostalAddress.of(request.origin()),
                        DhlParties.PostalAddress.of(request.destination())),
                DhlParties.Account.shipper(settings.accountNumber()), DhlShippingTime.planned(request.shipDate(), clock, request.origin()),
                units.wireName(), !request.origin().country().equals(request.destination().country()),
                new DhlEddWire.EstimatedDeliveryDate(true, DELIVERY_DATE_TYPE), false, false,
                units.packages(List.of(parcel), null));
    }

    /** One estimate per product with a delivery date, or only the asked service's. */
    public static List<Edd> parse(byte[] body, EddRequest request) {
        DhlEddWire.Response response = CarrierJson.read(DhlErrors.CODE, body, DhlEddWire.Response.class);
        if (response.products() == null) {
            return List.of();
        }
        return response.products().stream().filter(Objects::nonNull)
                .filter(p -> request.service() == null || request.service().equals(p.productCode()))
                .filter(p -> estimatedDelivery(p) != null)
                .map(p -> new Edd(p.productCode(), DhlProducts.levelOf(p.productCode()), estimatedDelivery(p), null,
                        p.deliveryCapabilities().totalTransitDays(), false))
                .toList();
    }

    /** The day DHL expects to deliver, in the destination's calendar. */
    private static LocalDate estimatedDelivery(DhlEddWire.Product product) {
        return product.deliveryCapabilities() == null ? null
                : CarrierTimes.date(product.deliveryCapabilities().estimatedDeliveryDateAndTime());
    }
}
