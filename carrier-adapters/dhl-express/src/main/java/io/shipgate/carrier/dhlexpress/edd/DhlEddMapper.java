package io.shipgate.carrier.dhlexpress.edd;

import io.shipgate.carrier.dhlexpress.DhlJson;
import io.shipgate.carrier.dhlexpress.DhlProducts;
import io.shipgate.carrier.dhlexpress.DhlSettings;
import io.shipgate.carrier.dhlexpress.rate.DhlRateMapper;
import io.shipgate.carrier.dhlexpress.rate.DhlRateWire;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;

import java.time.Clock;
import java.util.List;

/**
 * Estimated delivery dates from MyDHL's product data: a rate request for the lane
 * ({@code POST /rates} with {@code estimatedDeliveryDate} requested) answers every product with
 * its delivery capabilities (the estimated local delivery date and the transit days). A lane
 * question without a weight is asked for one kilogram. DHL does not say the dates are guaranteed.
 */
public final class DhlEddMapper {

    private static final Weight DEFAULT_WEIGHT = Weight.of("1", WeightUnit.KG);

    private DhlEddMapper() {
    }

    public static DhlRateWire.Request request(EddRequest request, DhlSettings settings, Clock clock) {
        Parcel parcel = Parcel.of(request.weight() == null ? DEFAULT_WEIGHT : request.weight(), null);
        ShipmentOptions options = new ShipmentOptions(null, null, null, null, null, request.shipDate());
        return DhlRateMapper.request(request.origin(), request.destination(), List.of(parcel), options, null, "origin", "destination",
                settings, clock);
    }

    /** One estimate per product with a delivery date, or only the asked service's. */
    public static List<Edd> parse(byte[] body, EddRequest request) {
        DhlRateWire.Response response = DhlJson.read(body, DhlRateWire.Response.class);
        if (response.products() == null) {
            return List.of();
        }
        return response.products().stream()
                .filter(p -> request.service() == null || request.service().equals(p.productCode()))
                .filter(p -> DhlRateMapper.estimatedDelivery(p) != null)
                .map(p -> new Edd(p.productCode(), DhlProducts.levelOf(p.productCode()), DhlRateMapper.estimatedDelivery(p), null,
                        DhlRateMapper.transitDays(p), false))
                .toList();
    }
}
