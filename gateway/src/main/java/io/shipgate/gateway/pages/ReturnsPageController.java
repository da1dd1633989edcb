package io.shipgate.gateway.pages;

import io.shipgate.carrier.model.CustomsItem;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.branding.Branding;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.returns.CreateReturnRequest;
import io.shipgate.gateway.returns.CustomerReturns;
import io.shipgate.gateway.returns.ReturnItemView;
import io.shipgate.gateway.returns.ReturnReason;
import io.shipgate.gateway.returns.ReturnRulesView;
import io.shipgate.gateway.returns.ReturnView;
import io.shipgate.gateway.shipment.ShipmentFinder;
import io.shipgate.gateway.shipment.ShipmentLookup;
import io.shipgate.routes.port.Shipment;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The branded returns page ({@code /r/{slug}}): the customer finds the order (reference plus email or the phone's last 4
 * digits), picks the items (the shipment's customs items where it declared them, else the whole order) and a reason,
 * sees whether the tenant's return rules allow it, and books a reverse pickup through the returns module (the same path
 * as {@code POST /v1/returns}); then the return's tracking page.
 */
@Controller
class ReturnsPageController {

    private static final Logger LOG = LoggerFactory.getLogger(ReturnsPageController.class);

    private final PageBrands brands;
    private final PageViews views;
    private final PageLimits limits;
    private final ShipmentFinder finder;
    private final ShipmentLookup shipments;
    private final CustomerReturns returns;
    private final PageFormats formats;
    private final java.time.Clock clock;

    ReturnsPageController(PageBrands brands, PageViews views, PageLimits limits, ShipmentFinder finder, ShipmentLookup shipments,
                          CustomerReturns returns, PageFormats formats, java.time.Clock clock) {
        this.brands = brands;
        this.views = views;
        this.limits = limits;
        this.finder = finder;
        this.shipments = shipments;
        this.returns = returns;
        this.formats = formats;
        this.clock = clock;
    }

    /** An item the customer may pick: what was shipped, how many, and whether the rules take it back. */
    record Item(int index, String sku, String description, int quantity, boolean returnable, boolean wholeOrder) {
    }

    @GetMapping("/r/{slug}")
    ModelAndView find(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        Optional<Branding> brand = brands.bySlug(slug);
        if (brand.isEmpty()) {
            return PageErrors.unknownTenant(views, request, response);
        }
        Locale locale = views.locale(brand.get(), request, response);
        return views.page("pages/returns-find", HttpStatus.OK, brand.get(), locale, request, response, Map.of("action", request.getRequestURI()));
    }

    @PostMapping("/r/{slug}")
    ModelAndView items(@PathVariable String slug, @RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String contact,
                       HttpServletRequest request, HttpServletResponse response) {
        Optional<Branding> brand = brands.bySlug(slug);
        if (brand.isEmpty()) {
            return PageErrors.unknownTenant(views, request, response);
        }
        Locale locale = views.locale(brand.get(), request, response);
        long wait = limits.take(request);
        if (wait > 0) {
            return PageErrors.slowDown(views, brand.get(), locale, wait, request, response);
        }
        Optional<Shipment> shipment = order(brand.get(), reference, contact);
        if (shipment.isEmpty()) {
            return views.page("pages/returns-find", HttpStatus.NOT_FOUND, brand.get(), locale, request, response,
                    Map.of("notFound", true, "reference", TrackingPageController.clip(reference, 100), "action", request.getRequestURI()));
        }
        return itemsPage(brand.get(), locale, shipment.get(), reference, contact, null, HttpStatus.OK, request, response);
    }

    @PostMapping("/r/{slug}/book")
    ModelAndView book(@PathVariable String slug, @RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String contact,
                      @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String form,
                      @RequestParam Map<String, String> fields, HttpServletRequest request, HttpServletResponse response) {
        Optional<Branding> brand = brands.bySlug(slug);
        if (brand.isEmpty()) {
            return PageErrors.unknownTenant(views, request, response);
        }
        Locale locale = views.locale(brand.get(), request, response);
        long wait = limits.take(request);
        if (wait > 0) {
            return PageErrors.slowDown(views, brand.get(), locale, wait, request, response);
        }
        Optional<Shipment> found = order(brand.get(), reference, contact);
        if (found.isEmpty()) {
            return views.page("pages/returns-find", HttpStatus.NOT_FOUND, brand.get(), locale, request, response,
                    Map.of("notFound", true, "action", "/r/" + brand.get().slug()));
        }
        Shipment shipment = found.get();
        UUID tenantId = brand.get().tenantId();
        List<ReturnItemView> picked = new ArrayList<>();
        for (Item item : items(shipment, returns.rules(tenantId))) {
            if (item.returnable() && fields.containsKey("item" + item.index())) {
                int quantity = quantity(fields.get("qty" + item.index()), item.quantity());
                picked.add(new ReturnItemView(item.sku(), item.description(), quantity));
            }
        }
        ReturnReason why = Arrays.stream(ReturnReason.values()).filter(r -> r.name().equals(reason)).findFirst().orElse(null);
        if (picked.isEmpty() || why == null) {
            return itemsPage(brand.get(), locale, shipment, reference, contact, "pages.returns.none", HttpStatus.BAD_REQUEST, request, response);
        }
        String key = form.matches("[0-9a-f\\-]{36}") ? "returns-page:" + form : null;
        ReturnView booked;
        try {
            booked = returns.book(tenantId, key, new CreateReturnRequest(shipment.id(), null, shipment.carrierAccountId(), null,
                    shipment.reference(), why, null, null, picked, null, null, null));
        } catch (ApiException e) {
            LOG.info("a customer's return of shipment {} was refused: {} {}", shipment.id(), e.status(), e.getMessage());
            return itemsPage(brand.get(), locale, shipment, reference, contact,
                    e.status() == HttpStatus.UNPROCESSABLE_ENTITY || e.status() == HttpStatus.BAD_REQUEST || e.status() == HttpStatus.CONFLICT
                            ? "pages.returns.refused" : "pages.returns.failed", HttpStatus.UNPROCESSABLE_ENTITY, request, response);
        } catch (RuntimeException e) {
            LOG.warn("a customer's return of shipment {} could not be booked: {}", shipment.id(), e.getClass().getSimpleName());
            return itemsPage(brand.get(), locale, shipment, reference, contact, "pages.returns.failed", HttpStatus.BAD_GATEWAY, request, response);
        }
        return new ModelAndView("redirect:" + TrackingPageController.trackingPath(brand.get().slug(), booked.awb()) + "?booked");
    }

    private Optional<Shipment> order(Branding brand, String reference, String contact) {
        return finder.byOrder(brand.tenantId(), TrackingPageController.clip(reference, 100), TrackingPageController.clip(contact, 254))
                .flatMap(s -> shipments.find(brand.tenantId(), s.id()));
    }

    private ModelAndView itemsPage(Branding brand, Locale locale, Shipment shipment, String reference, String contact, String error,
                                   HttpStatus status, HttpServletRequest request, HttpServletResponse response) {
        ReturnRulesView rules = returns.rules(brand.tenantId());
        DateTimeFormatter day = formats.of(locale).day();
        boolean delivered = shipment.status() == TrackingStatus.DELIVERED;
        Instant deliveredAt = shipment.deliveredAt() != null ? shipment.deliveredAt() : shipment.updatedAt();
        Instant windowEnds = rules.returnWindowDays() == null ? null : deliveredAt.plus(Duration.ofDays(rules.returnWindowDays()));
        boolean open = delivered && (windowEnds == null || windowEnds.isAfter(clock.instant()));
        Map<String, Object> model = new HashMap<>();
        model.put("reference", TrackingPageController.clip(reference, 100));
        model.put("contact", TrackingPageController.clip(contact, 254));
        model.put("order", shipment.reference());
        model.put("delivered", delivered);
        model.put("open", open);
        model.put("windowEnds", windowEnds == null ? null : windowEnds.atOffset(ZoneOffset.UTC).format(day));
        model.put("city", shipment.recipient().city());
        model.put("items", items(shipment, rules));
        model.put("reasons", Arrays.stream(ReturnReason.values()).filter(r -> !rules.nonReturnableReasons().contains(r)).toList());
        model.put("form", UUID.randomUUID().toString());
        model.put("action", "/r/" + brand.slug() + "/book");
        if (error != null) {
            model.put("error", error);
        }
        return views.page("pages/returns-items", status, brand, locale, request, response, model);
    }

    /** The shipment's customs items (what it declared), else the whole order as one item. */
    static List<Item> items(Shipment shipment, ReturnRulesView rules) {
        List<Item> items = new ArrayList<>();
        if (shipment.customs() != null && !shipment.customs().items().isEmpty()) {
            List<CustomsItem> declared = shipment.customs().items();
            for (int i = 0; i < declared.size(); i++) {
                CustomsItem c = declared.get(i);
                String sku = c.sku() == null || c.sku().isBlank() ? null : c.sku().strip();
                items.add(new Item(i, sku, c.description(), c.quantity() == null ? 1 : Math.max(1, c.quantity()),
                        sku == null || !rules.nonReturnableSkus().contains(sku), false));
            }
            return items;
        }
        String description = shipment.parcels().stream().map(p -> p.parcel().description()).filter(d -> d != null && !d.isBlank())
                .distinct().reduce((a, b) -> a + ", " + b).orElse("Whole order");
        items.add(new Item(0, null, description, 1, true, true));
        return items;
    }

    private static int quantity(String value, int max) {
        try {
            return Math.max(1, Math.min(max, Integer.parseInt(value == null ? "1" : value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
