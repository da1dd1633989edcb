package io.shipgate.gateway.shopify;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Codes;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.spi.CarrierRegistry;
import io.shipgate.carrier.spi.ParcelLimits;
import io.shipgate.gateway.edd.DeliveryEstimate;
import io.shipgate.gateway.edd.DeliveryEstimates;
import io.shipgate.gateway.edd.EddQuery;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.ratecard.RateCardQuotes;
import io.shipgate.gateway.serviceability.ServiceabilityIndex;
import io.shipgate.gateway.tenant.Tenant;
import io.shipgate.gateway.tenant.TenantService;
import io.shipgate.routes.rating.AccountRateQuote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers Shopify's rate requests: the tenant by its slug, its enabled integration, the signature (nothing else is
 * done for a request that fails it), then the cart's weight priced by the rate cards of the offered accounts and
 * services in the shop's currency, less the accounts whose serviceability table refuses the lane and the carriers whose
 * parcel limits refuse the weight, plus the markup, each
 * with its EDD window. No carrier is called: rate cards, tables and the EDD are all in memory.
 */
@Service
class ShopifyRates {

    /** The confidence of the delivery window shown (min and max delivery dates). */
    static final double CONFIDENCE = 0.8;
    static final int MAX_ITEMS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ShopifyRates.class);
    private static final DateTimeFormatter SHOPIFY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);

    private final TenantService tenants;
    private final ShopifyIntegrationRepository integrations;
    private final RateCardQuotes cards;
    private final ServiceabilityIndex serviceability;
    private final CarrierRegistry carriers;
    private final ObjectProvider<DeliveryEstimates> estimates;
    private final ObjectMapper json;
    private final Clock clock;

    ShopifyRates(TenantService tenants, ShopifyIntegrationRepository integrations, RateCardQuotes cards, ServiceabilityIndex serviceability,
                 CarrierRegistry carriers, ObjectProvider<DeliveryEstimates> estimates, ObjectMapper json, Clock clock) {
        this.tenants = tenants;
        this.integrations = integrations;
        this.cards = cards;
        this.serviceability = serviceability;
        this.carriers = carriers;
        this.estimates = estimates;
        this.json = json;
        this.clock = clock;
    }

    ShopifyRatesView rates(String slug, byte[] body, String signature) {
        Tenant tenant = tenants.findBySlug(slug).orElseThrow(ShopifyRates::noIntegration);
        ShopifyIntegrationRepository.Integration integration = integrations.find(tenant.id())
                .filter(ShopifyIntegrationRepository.Integration::enabled).orElseThrow(ShopifyRates::noIntegration);
        if (!ShopifySignature.valid(integration.secret(), body, signature)) {
            throw new ApiException(Problems.UNAUTHORIZED, HttpStatus.UNAUTHORIZED, ShopifySignature.HEADER
                    + " is missing or is not the HMAC-SHA256 of the body with the Shopify app's secret");
        }
        ShopifyRateRequest.Rate rate = read(body);
        long grams = 0;
        boolean shippable = false;
        for (ShopifyRateRequest.ShopifyItem item : rate.items()) {
            if (Boolean.FALSE.equals(item.requiresShipping())) {
                continue;
            }
            shippable = true;
            grams += Math.max(0, item.grams() == null ? 0 : item.grams()) * Math.max(0, item.quantity() == null ? 1 : item.quantity());
        }
        if (!shippable) {
            return new ShopifyRatesView(List.of());
        }
        String originCountry = country(rate.origin().country());
        String destinationCountry = country(rate.destination().country());
        Weight weight = Weight.grams(grams);
        RateRequest request = new RateRequest(Address.location(rate.origin().postalCode(), originCountry),
                Address.location(rate.destination().postalCode(), destinationCountry), List.of(Parcel.of(weight, null)), null, null);
        List<AccountRateQuote> quotes;
        try {
            quotes = cards.quote(tenant.id(), integration.carrierAccountIds(), request, RateCardQuotes.Scope.ALL_CARDS).quotes();
        } catch (ApiException e) {
            return new ShopifyRatesView(List.of()); // no enabled account: nothing to offer
        }
        String currency = rate.currency() == null ? null : rate.currency().toUpperCase(Locale.ROOT);
        ZonedDateTime readyAt = clock.instant().atZone(integration.timeZone()).plusDays(integration.handlingDays());
        Map<String, ShopifyRatesView.ShopifyRateView> cheapest = new LinkedHashMap<>();
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (AccountRateQuote quote : quotes) {
            String quoteCurrency = quote.quote().total().currency();
            if ((currency != null && !currency.equals(quoteCurrency))
                    || (!integration.services().isEmpty() && !integration.services().contains(quote.quote().service()))
                    || overLimit(quote.quote().carrier(), weight)
                    || !serviceability.servesPrepaid(tenant.id(), quote.carrierAccountId(), originCountry, rate.origin().postalCode(),
                    destinationCountry, rate.destination().postalCode()).orElse(true)) {
                continue;
            }
            int decimals = Codes.decimalsOf(quoteCurrency).orElse(2);
            BigDecimal price = quote.quote().total().amount().multiply(BigDecimal.ONE.add(integration.markupPercent().movePointLeft(2)))
                    .setScale(decimals, RoundingMode.HALF_UP);
            String code = quote.quote().carrier() + "." + quote.quote().service();
            if (prices.containsKey(code) && prices.get(code).compareTo(price) <= 0) {
                continue; // another account offers the same carrier service for less
            }
            DeliveryEstimate edd = estimate(tenant, integration.cutOff(), readyAt, quote, originCountry, rate, destinationCountry);
            prices.put(code, price);
            cheapest.put(code, new ShopifyRatesView.ShopifyRateView(quote.quote().serviceName(), code,
                    price.movePointRight(decimals).toBigIntegerExact().toString(), quoteCurrency,
                    edd == null ? "" : "Estimated delivery " + edd.earliest() + " to " + edd.latest(),
                    edd == null ? null : shopifyTime(edd.earliest(), integration), edd == null ? null : shopifyTime(edd.latest(), integration)));
        }
        List<ShopifyRatesView.ShopifyRateView> rates = new ArrayList<>(cheapest.values());
        rates.sort(Comparator.comparing((ShopifyRatesView.ShopifyRateView r) -> new BigDecimal(r.totalPrice()))
                .thenComparing(ShopifyRatesView.ShopifyRateView::serviceCode));
        return new ShopifyRatesView(rates);
    }

    /** Whether the carrier's published parcel limits refuse the cart's weight (the cart is one parcel). */
    private boolean overLimit(String carrier, Weight weight) {
        return carriers.find(carrier).map(c -> c.descriptor().capabilities().parcelLimits()).orElse(ParcelLimits.NONE)
                .check(weight, null).isPresent();
    }

    private DeliveryEstimate estimate(Tenant tenant, LocalTime cutOff, ZonedDateTime readyAt, AccountRateQuote quote, String originCountry,
                                      ShopifyRateRequest.Rate rate, String destinationCountry) {
        DeliveryEstimates eddPort = estimates.getIfAvailable();
        if (eddPort == null) {
            return null;
        }
        try {
            return eddPort.estimate(tenant.id(), new EddQuery(quote.quote().carrier(), quote.quote().service(), originCountry,
                    rate.origin().postalCode(), destinationCountry, rate.destination().postalCode(), readyAt, cutOff, CONFIDENCE));
        } catch (RuntimeException e) {
            LOG.warn("Shopify callback: no EDD for {}.{} ({}): the rate goes without delivery dates", quote.quote().carrier(),
                    quote.quote().service(), e.getClass().getSimpleName());
            return null;
        }
    }

    private ShopifyRateRequest.Rate read(byte[] body) {
        ShopifyRateRequest request;
        try {
            request = json.readValue(body, ShopifyRateRequest.class);
        } catch (JacksonException e) {
            throw new ApiException(Problems.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, "the body is not Shopify's rate request JSON");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ShopifyRateRequest.Rate rate = request == null ? null : request.rate();
        if (rate == null) {
            throw ApiException.invalid("rate", "is required");
        }
        if (rate.origin() == null || rate.origin().country() == null) {
            throw ApiException.invalid("rate.origin.country", "is required");
        }
        if (rate.destination() == null || rate.destination().country() == null) {
            throw ApiException.invalid("rate.destination.country", "is required");
        }
        if (rate.items() == null || rate.items().isEmpty() || rate.items().size() > MAX_ITEMS) {
            throw ApiException.invalid("rate.items", "must hold 1 to " + MAX_ITEMS + " items");
        }
        for (int i = 0; i < rate.items().size(); i++) {
            ShopifyRateRequest.ShopifyItem item = rate.items().get(i);
            if (item == null || (item.quantity() != null && (item.quantity() < 0 || item.quantity() > 100_000))) {
                throw ApiException.invalid("rate.items[" + i + "].quantity", "must be 0 to 100000");
            }
            if (item.grams() != null && (item.grams() < 0 || item.grams() > 10_000_000)) {
                throw ApiException.invalid("rate.items[" + i + "].grams", "must be 0 to 10000000");
            }
        }
        return rate;
    }

    private static String country(String country) {
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw ApiException.invalid("rate.destination.country", "must be an ISO 3166 country code such as CA");
        }
        return code;
    }

    /** Shopify's date format; noon in the integration's zone, so that the day stays the same in the shop's zone. */
    private static String shopifyTime(LocalDate date, ShopifyIntegrationRepository.Integration integration) {
        return date.atTime(12, 0).atZone(integration.timeZone()).format(SHOPIFY_TIME);
    }

    private static ApiException noIntegration() {
        return ApiException.notFound("Shopify integration");
    }
}
