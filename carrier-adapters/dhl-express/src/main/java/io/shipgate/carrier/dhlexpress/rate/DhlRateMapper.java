package io.shipgate.carrier.dhlexpress.rate;

import io.shipgate.carrier.dhlexpress.DhlExpressCarrier;
import io.shipgate.carrier.dhlexpress.DhlJson;
import io.shipgate.carrier.dhlexpress.DhlProducts;
import io.shipgate.carrier.dhlexpress.DhlServices;
import io.shipgate.carrier.dhlexpress.DhlSettings;
import io.shipgate.carrier.dhlexpress.DhlTimes;
import io.shipgate.carrier.dhlexpress.DhlUnits;
import io.shipgate.carrier.dhlexpress.DhlWire;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.Incoterm;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.SignatureOption;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

    public static DhlRateWire.Request request(RateRequest request, DhlSettings settings, Clock clock) {
        return request(request.shipper(), request.recipient(), request.parcels(), request.options(), request.customs(),
                "shipper", "recipient", settings, clock);
    }

    /**
     * The rate request of a lane. Cross-border goods are customs-declarable (documents are not),
     * declared at the customs value when there is a declaration; the value-added services that
     * change the price (insurance, duties paid by the shipper, signature) are priced in.
     *
     * @param shipperField   what the universal request calls the origin, named when its city is missing
     * @param recipientField what it calls the destination
     */
    public static DhlRateWire.Request request(Address shipper, Address recipient, List<Parcel> parcels, ShipmentOptions options,
                                              CustomsDeclaration customs, String shipperField, String recipientField,
                                              DhlSettings settings, Clock clock) {
        DhlWire.requireCity(shipper, shipperField);
        DhlWire.requireCity(recipient, recipientField);
        DhlUnits units = settings.unitsFrom(shipper.country());
        boolean crossBorder = !shipper.country().equals(recipient.country());
        boolean declarable = crossBorder && (customs == null || customs.contentType() != ContentType.DOCUMENTS);
        List<DhlRateWire.MonetaryAmount> declared = declarable && customs != null
                ? List.of(new DhlRateWire.MonetaryAmount("declaredValue", customs.totalValue().rounded().amount(),
                customs.totalValue().currency()))
                : null;
        return new DhlRateWire.Request(
                new DhlRateWire.CustomerDetails(DhlWire.PostalAddress.of(shipper), DhlWire.PostalAddress.of(recipient)),
                List.of(new DhlWire.Account(DhlWire.SHIPPER, settings.accountNumber())),
                valueAddedServices(options, customs),
                DhlTimes.plannedShipping(options.shipDate(), clock), units.wireName(), declarable, declared,
                new DhlRateWire.EstimatedDeliveryDate(true, DELIVERY_DATE_TYPE), false, false,
                DhlWire.Package.of(parcels, units, null));
    }

    /** The value-added services a shipment with these options books, in rates and labels alike. */
    public static List<DhlWire.ValueAddedService> valueAddedServices(ShipmentOptions options, CustomsDeclaration customs) {
        List<DhlWire.ValueAddedService> services = new ArrayList<>();
        if (options.declaredValue() != null && options.declaredValue().amount().signum() > 0) {
            services.add(DhlWire.ValueAddedService.insurance(options.declaredValue()));
        }
        if (customs != null && (customs.dutiesPayer() == DutiesPayer.SENDER || customs.incoterm() == Incoterm.DDP)) {
            services.add(DhlWire.ValueAddedService.of(DhlServices.DUTIES_TAXES_PAID));
        }
        if (options.signature() == SignatureOption.STANDARD) {
            services.add(DhlWire.ValueAddedService.of(DhlServices.DIRECT_SIGNATURE));
        } else if (options.signature() == SignatureOption.ADULT) {
            throw DhlWire.notOffered("options.signature", "an adult signature");
        }
        return services.isEmpty() ? null : List.copyOf(services);
    }

    public static List<RateQuote> parse(byte[] body) {
        DhlRateWire.Response response = DhlJson.read(body, DhlRateWire.Response.class);
        if (response.products() == null) {
            return List.of();
        }
        List<RateQuote> quotes = new ArrayList<>();
        for (DhlRateWire.Product product : response.products()) {
            total(product).ifPresent(total -> quotes.add(new RateQuote(DhlExpressCarrier.CODE, product.productCode(),
                    product.productName(), DhlProducts.levelOf(product.productCode()), total, charges(product, total),
                    transitDays(product), estimatedDelivery(product), false)));
        }
        return List.copyOf(quotes);
    }

    /** The day DHL expects to deliver, in the destination's calendar. */
    public static LocalDate estimatedDelivery(DhlRateWire.Product product) {
        return product.deliveryCapabilities() == null ? null
                : DhlTimes.day(product.deliveryCapabilities().estimatedDeliveryDateAndTime());
    }

    public static Integer transitDays(DhlRateWire.Product product) {
        return product.deliveryCapabilities() == null ? null : product.deliveryCapabilities().totalTransitDays();
    }

    /** The price in the billing currency, else the first one given; none for a product DHL did not price. */
    private static Optional<Money> total(DhlRateWire.Product product) {
        if (product.totalPrice() == null) {
            return Optional.empty();
        }
        return product.totalPrice().stream()
                .filter(p -> p.price() != null && p.price().signum() > 0 && p.priceCurrency() != null)
                .sorted(Comparator.comparing((DhlRateWire.Price p) -> !DhlWire.BILLING_CURRENCY.equals(p.currencyType())))
                .findFirst()
                .map(p -> new Money(p.price(), p.priceCurrency()));
    }

    /** The detailed breakdown in the total's currency (each charge, then its taxes), else the summary breakdown. */
    private static List<Charge> charges(DhlRateWire.Product product, Money total) {
        List<Charge> charges = new ArrayList<>();
        if (product.detailedPriceBreakdown() != null) {
            product.detailedPriceBreakdown().stream().filter(g -> total.currency().equals(g.priceCurrency()) && g.breakdown() != null)
                    .findFirst().ifPresent(group -> group.breakdown().forEach(charge -> {
                        charges.add(new Charge(charge.name(), new Money(amount(charge.price()), total.currency())));
                        if (charge.priceBreakdown() != null) {
                            charge.priceBreakdown().forEach(tax -> charges.add(
                                    new Charge(tax.typeCode(), new Money(amount(tax.price()), total.currency()))));
                        }
                    }));
        }
        if (charges.isEmpty() && product.totalPriceBreakdown() != null) {
            product.totalPriceBreakdown().stream().filter(g -> total.currency().equals(g.priceCurrency()) && g.priceBreakdown() != null)
                    .findFirst().ifPresent(group -> group.priceBreakdown().forEach(
                            p -> charges.add(new Charge(p.typeCode(), new Money(amount(p.price()), total.currency())))));
        }
        return charges;
    }

    private static BigDecimal amount(BigDecimal price) {
        return price == null ? BigDecimal.ZERO : price;
    }
}
