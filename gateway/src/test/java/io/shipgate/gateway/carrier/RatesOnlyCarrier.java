package io.shipgate.gateway.carrier;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.spi.AccountField;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierCapabilities;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierDescriptor;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A test carrier that can only quote (domestic, prepaid, one parcel): it lets tests see how the
 * gateway treats an operation or feature a carrier does not declare. Registered for tests only.
 */
public class RatesOnlyCarrier implements CarrierAdapter {

    private static final CarrierDescriptor DESCRIPTOR = new CarrierDescriptor("ratesonly", "Rates-only test carrier",
            URI.create("http://127.0.0.1:9"),
            new CarrierCapabilities(Set.of(Capability.RATES), Set.of(LabelFormat.PDF), Set.of(), false, false, false),
            List.of(AccountField.credential("api_key", "any value")));

    @Override
    public CarrierDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public RateResponse rates(CarrierContext ctx, RateRequest request) {
        BigDecimal kg = request.parcels().getFirst().weight().in(WeightUnit.KG, 3);
        return RateResponse.of(List.of(new RateQuote("ratesonly", "flat", "Flat rate", ServiceLevel.STANDARD,
                new Money(kg.multiply(BigDecimal.TEN).add(BigDecimal.ONE), "USD"), List.of(), 3, null, false)));
    }
}
