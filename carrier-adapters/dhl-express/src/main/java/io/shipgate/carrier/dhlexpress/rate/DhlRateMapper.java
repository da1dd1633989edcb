package io.shipgate.carrier.dhlexpress.rate;

import io.shipgate.carrier.dhlexpress.DhlErrors;
import io.shipgate.carrier.dhlexpress.DhlParties;
import io.shipgate.carrier.dhlexpress.DhlPrices;
import io.shipgate.carrier.dhlexpress.DhlProducts;
import io.shipgate.carrier.dhlexpress.DhlServices;
import io.shipgate.carrier.dhlexpress.DhlSettings;
import io.shipgate.carrier.dhlexpress.DhlShippingTime;
import io.shipgate.carrier.dhlexpress.DhlUnits;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierTimes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Universal rate requests to MyDHL's {@code POST /rates} and its products back to quotes. One
 * quote per product DHL prices: the total in the account's billing currency ({@code BILLC}), the
 * detailed breakdown (each charge and its taxes) as charges, the transit days and the estimated
 * delivery day from its delivery capabilities. DHL does not say a date is guaranteed, so no
 * quote claims it.
 */
public final class DhlRateMapper {

    /** The consumer-facing delivery date estimate. */
    static final String DELIVERY_DATE_TYPE = "QDDC";

    private DhlRateMapper() {
    }

    /**
     * The rate request. Cross-border goods are customs-declarable (documents are not), declared at
     * the customs value when there is a declaration; the value-added services that change the
     * price (insurance, duties paid by the shipper, signature) are priced in.
     */
    public static DhlRateWire.Request request(RateRequest request, DhlSettings settings, Clock clock) {
        DhlParties.requireCity(request.shipper(), "shipper");
        DhlParties.requireCity(request.recipient(), "recipient");
        CustomsDeclaration customs = request.customs();
        DhlUnits units = settings.unitsFrom(request.shipper().country());
        boolean crossBorder = !request.shipper().country().equals(request.recipient().country());
        boolean declarable = crossBorder && (customs == null || customs.contentType() != ContentType.DOCUMENTS);
        List<DhlRateWire.MonetaryAmount> declared = declarable && customs != null
                ? List.of(new DhlRateWire.MonetaryAmount("declaredValue", customs.totalValue().rounded().amount(),
                customs.totalValue().currency()))
                : null;
        List<DhlServices.ValueAddedService> services = DhlServices.priced(request.options(), customs);
        return new DhlRateWire.Request(
                new DhlRateWire.CustomerDetails(DhlParties.PostalAddress.of(request.shipper()),
                        DhlParties.PostalAddress.of(request.recipient())),
                DhlParties.Account.shipper(settings.accountNumber()), services.isEmpty() ? null : services,
                DhlShippingTime.planned(request.options().shipDate(), clock), units.wireName(), declarable, declared,
                new DhlRateWire.EstimatedDeliveryDate(true, DELIVERY_DATE_TYPE), false, false,
                units.packages(request.parcels(), null));
    }

    public static List<RateQuote> parse(byte[] body) {
        DhlRateWire.Response response = CarrierJson.read(DhlErrors.CODE, body, DhlRateWire.Response.class);
        if (response.products() == null) {
            return List.of();
        }
        List<RateQuote> quotes = new ArrayList<>();
        for (DhlRateWire.Product product : response.products()) {
            if (product == null) {
                continue;
            }
            total(product).ifPresent(total -> quotes.add(new RateQuote(DhlErrors.CODE, product.productCode(),
                    product.productName(), DhlProducts.levelOf(product.productCode()), total, charges(product, total),
                    transitDays(product), estimatedDelivery(product), false)));
        }
        return List.copyOf(quotes);
    }

    /** The day DHL expects to deliver, in the destination's calendar. */
    private static LocalDate estimatedDelivery(DhlRateWire.Product product) {
        return product.deliveryCapabilities() == null ? null
                : CarrierTimes.date(product.deliveryCapabilities().estimatedDeliveryDateAndTime());
    }

    private static Integer transitDays(DhlRateWire.Product product) {
        return product.deliveryCapabilities() == null ? null : product.deliveryCapabilities().totalTransitDays();
    }

    /** The price in the billing currency, else the first one given; none for a product DHL did not price. */
    private static Optional<Money> total(DhlRateWire.Product product) {
        return DhlPrices.billed(product.totalPrice() == null ? null
                : product.totalPrice().stream().filter(p -> p != null && p.price() != null && p.price().signum() > 0).toList());
    }

    /** The detailed breakdown in the total's currency (each charge, then its taxes), else the summary breakdown. */
    private static List<Charge> charges(DhlRateWire.Product product, Money total) {
        List<Charge> charges = new ArrayList<>();
        if (product.detailedPriceBreakdown() != null) {
            product.detailedPriceBreakdown().stream()
                    .filter(g -> g != null && total.currency().equals(g.priceCurrency()) && g.breakdown() != null)
                    .findFirst().ifPresent(group -> group.breakdown().forEach(charge -> {
                        charges.add(new Charge(charge.name(), new Money(amount(charge.price()), total.currency())));
                        if (charge.priceBreakdown() != null) {
                            charge.priceBreakdown().forEach(tax -> charges.add(
                                    new Charge(tax.typeCode(), new Money(amount(tax.price()), total.currency()))));
                        }
                    }));
        }
        if (charges.isEmpty() && product.totalPriceBreakdown() != null) {
            product.totalPriceBreakdown().stream()
                    .filter(g -> g != null && total.currency().equals(g.priceCurrency()) && g.priceBreakdown() != null)
                    .findFirst().ifPresent(group -> group.priceBreakdown().forEach(
                            p -> charges.add(new Charge(p.typeCode(), new Money(amount(p.price()), total.currency())))));
        }
        return charges;
    }

    private static BigDecimal amount(BigDecimal price) {
        return price == null ? BigDecimal.ZERO : price;
    }
}
