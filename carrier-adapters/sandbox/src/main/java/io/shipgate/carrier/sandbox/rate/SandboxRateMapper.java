package io.shipgate.carrier.sandbox.rate;

import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.sandbox.SandboxCarrier;
import io.shipgate.carrier.sandbox.SandboxJson;
import io.shipgate.carrier.sandbox.SandboxWire;
import io.shipgate.carrier.sandbox.SandboxWire.WireAddress;
import io.shipgate.carrier.sandbox.SandboxWire.WireMoney;
import io.shipgate.carrier.sandbox.SandboxWire.WireParcel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code POST /v1/rates}: a universal rate request to the sandbox's, its quotes to universal ones. */
public final class SandboxRateMapper {

    /** The body of {@code POST /v1/rates}. */
    public record RateBody(WireAddress shipper, WireAddress recipient, List<WireParcel> parcels, WireMoney cod,
                           WireMoney declaredValue, LocalDate shipDate) {
    }

    record Rates(List<Rate> rates) {
    }

    record Rate(String serviceCode, String serviceName, String serviceLevel, String amount, String currency,
                List<RateCharge> charges, Integer transitDays, LocalDate estimatedDelivery, boolean guaranteed) {
    }

    record RateCharge(String name, String amount) {
    }

    private SandboxRateMapper() {
    }

    public static RateBody request(RateRequest request) {
        return new RateBody(WireAddress.of(request.shipper()), WireAddress.of(request.recipient()),
                request.parcels().stream().map(WireParcel::of).toList(),
                WireMoney.ifPositive(request.options().cod()), WireMoney.ifPositive(request.options().declaredValue()),
                request.options().shipDate());
    }

    /** The quotes in the sandbox's order (cheapest first). */
    public static List<RateQuote> parse(byte[] body) {
        return SandboxJson.read(body, Rates.class).rates().stream().map(SandboxRateMapper::quote).toList();
    }

    private static RateQuote quote(Rate rate) {
        List<Charge> charges = rate.charges() == null ? List.of() : rate.charges().stream()
                .map(c -> new Charge(c.name(), new Money(new BigDecimal(c.amount()), rate.currency()))).toList();
        return new RateQuote(SandboxCarrier.CODE, rate.serviceCode(), rate.serviceName(), SandboxWire.serviceLevel(rate.serviceLevel()),
                new Money(new BigDecimal(rate.amount()), rate.currency()), charges, rate.transitDays(), rate.estimatedDelivery(),
                rate.guaranteed());
    }
}
