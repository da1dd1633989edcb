package io.shipgate.carrier.dhlexpress.rate;

import io.shipgate.carrier.dhlexpress.DhlErrors;
import io.shipgate.carrier.dhlexpress.DhlParties;
import io.shipgate.carrier.dhlexpress.DhlPrices;
import io.shipgate.carrier.dhlexpress.DhlProducts;
import io.shipgate.carrier.dhlexpress.DhlServices;
import io.shipgate.carrier.dhlexpress.DhlSettings;
import io.shipgate.carrier.dhlexpress.DhlShippingTime;
import io.shipgate.carrier.dhlexpress.DhlUnits;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierTimes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Universal rate requests to MyDHL's {@code POST /rates} and its products back to quotes. One
 * quote per product DHL prices: the total (what the merchant pays, taxes included, as MyDHL's
 * {@code totalPrice} is) in the account's preferred currency when DHL prices in it, else its billing
 * currency ({@code BILLC}); the breakdown as typed charges ({@link DhlRateCharges}); the transit days
 * and the estimated delivery day from its delivery capabilities. DHL gives one estimated day, not a
 * window, and does not say a date is guaranteed, so no quote claims it.
 */
public final class DhlRateMapper {

    /** The consumer-facing delivery date estimate. */
    static final String DELIVERY_DATE_TYPE = "QDDC";
    /** The code of a warning DHL answered beside its products (MyDHL's {@code warnings} are texts without codes). */
    static final String DHL_WARNING = "DHL_WARNING";
    /** A product DHL listed without a price. */
    static final String NOT_PRICED = "NOT_PRICED";

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
                DhlShippingTime.planned(request.options().shipDate(), clock, request.shipper()), units.wireName(), declarable, declared,
                new DhlRateWire.EstimatedDeliveryDate(true, DELIVERY_DATE_TYPE), false, false,
                units.packages(request.parcels(), null));
    }

    /**
     * One quote per product DHL priced, in the account's preferred currency where DHL gives it,
     * else its billing currency; beside them DHL's warnings, each product it listed without a price,
     * and a warning when the quotes are not all in one currency.
     */
    public static RateResponse parse(byte[] body, DhlSettings settings) {
        DhlRateWire.Response response = CarrierJson.read(DhlErrors.CODE, body, DhlRateWire.Response.class);
        List<RateQuote> quotes = new ArrayList<>();
        List<CarrierMessage> messages = new ArrayList<>();
        if (response.warnings() != null) {
            response.warnings().stream().filter(w -> w != null && !w.isBlank())
                    .forEach(w -> messages.add(CarrierMessage.warning(DHL_WARNING, w.strip())));
        }
        for (DhlRateWire.Product product : response.products() == null ? List.<DhlRateWire.Product>of() : response.products()) {
            if (product == null) {
                continue;
            }
            Optional<Money> total = total(product, settings.preferredCurrency());
            if (total.isEmpty()) {
                messages.add(CarrierMessage.serviceError(product.productCode(), NOT_PRICED,
                        "DHL Express listed " + (product.productName() != null ? product.productName() : "a product") + " without a price"));
                continue;
            }
            quotes.add(new RateQuote(DhlErrors.CODE, product.productCode(), product.productName(),
                    DhlProducts.levelOf(product.productCode()), total.get(), DhlRateCharges.of(product, total.get()),
                    transitDays(product), estimatedDelivery(product), false));
        }
        Set<String> currencies = quotes.stream().map(q -> q.total().currency()).collect(Collectors.toCollection(TreeSet::new));
        if (currencies.size() > 1) {
            messages.add(CarrierMessage.warning(CarrierMessage.MIXED_CURRENCIES, "DHL Express quoted in " + String.join(" and ", currencies)
                    + (settings.preferredCurrency() == null ? "" : ": not every product is priced in " + settings.preferredCurrency())));
        }
        return new RateResponse(quotes, messages);
    }

    /** The day DHL expects to deliver, in the destination's calendar. */
    private static LocalDate estimatedDelivery(DhlRateWire.Product product) {
        return product.deliveryCapabilities() == null ? null
                : CarrierTimes.date(product.deliveryCapabilities().estimatedDeliveryDateAndTime());
    }

    private static Integer transitDays(DhlRateWire.Product product) {
        return product.deliveryCapabilities() == null ? null : product.deliveryCapabilities().totalTransitDays();
    }

    /** The price in the preferred currency, else the billing currency, else the first given; none for a product DHL did not price. */
    private static Optional<Money> total(DhlRateWire.Product product, String preferredCurrency) {
        return DhlPrices.preferred(product.totalPrice() == null ? null
                : product.totalPrice().stream().filter(p -> p != null && p.price() != null && p.price().signum() > 0).toList(),
                preferredCurrency);
    }
}
