package io.shipgate.carrier.sandbox.rate;

import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.sandbox.SandboxErrors;
import io.shipgate.carrier.sandbox.SandboxParties.WireAddress;
import io.shipgate.carrier.sandbox.SandboxServices;
import io.shipgate.carrier.sandbox.SandboxUnits;
import io.shipgate.carrier.sandbox.SandboxUnits.WireMoney;
import io.shipgate.carrier.sandbox.SandboxUnits.WireParcel;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** {@code POST /v1/rates}: a universal rate request to the sandbox's, its quotes to universal ones (cheapest first). */
public final class SandboxRateMapper {

    private SandboxRateMapper() {
    }

    public static SandboxRateWire.Request request(RateRequest request) {
        return new SandboxRateWire.Request(WireAddress.of(request.shipper()), WireAddress.of(request.recipient()),
                request.parcels().stream().map(WireParcel::of).toList(),
                WireMoney.ifPositive(request.options().cod()), WireMoney.ifPositive(request.options().declaredValue()),
                request.options().shipDate());
    }

    public static RateResponse parse(byte[] body) {
        SandboxRateWire.Response response = SandboxErrors.read(body, SandboxRateWire.Response.class);
        if (response.rates() == null) {
            throw SandboxErrors.unreadable("the rates answer has no rates");
        }
        return RateResponse.of(response.rates().stream().filter(Objects::nonNull).map(SandboxRateMapper::quote).toList());
    }

    private static RateQuote quote(SandboxRateWire.Rate rate) {
        if (rate.serviceCode() == null) {
            throw SandboxErrors.unreadable("a rate has no service_code");
        }
        List<Charge> charges = rate.charges() == null ? List.of() : rate.charges().stream().filter(Objects::nonNull)
                .map(c -> new Charge(c.name(), SandboxUnits.money(c.amount(), rate.currency(), "charges"), chargeType(c.type())))
                .toList();
        return new RateQuote(SandboxErrors.CARRIER, rate.serviceCode(), rate.serviceName(), SandboxServices.serviceLevel(rate.serviceLevel()),
                SandboxUnits.money(rate.amount(), rate.currency(), "rates"), charges, rate.transitDays(), rate.estimatedDelivery(),
                rate.latestDelivery(), Boolean.TRUE.equals(rate.guaranteed()));
    }

    private static ChargeType chargeType(String type) {
        return Arrays.stream(ChargeType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(ChargeType.OTHER);
    }
}
