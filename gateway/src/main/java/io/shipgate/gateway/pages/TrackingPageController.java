package io.shipgate.gateway.pages;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.branding.Branding;
import io.shipgate.gateway.returns.CustomerReturns;
import io.shipgate.gateway.shipment.ShipmentFinder;
import io.shipgate.gateway.tracking.StoredTimelines;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The branded tracking page ({@code /t/{slug}/{awb}}), its lookup form ({@code /t/{slug}}: order reference plus the
 * recipient's email or the phone's last 4 digits) and the tenant's logo. A view is two indexed queries (the shipment by
 * tenant and AWB, its stored timeline) and no carrier call; the branding is cached ({@link PageBrands}).
 */
@Controller
class TrackingPageController {

    private final PageBrands brands;
    private final PageViews views;
    private final PageLimits limits;
    private final ShipmentFinder shipments;
    private final StoredTimelines timelines;
    private final PageFormats formats;
    private final CustomerReturns returns;

    TrackingPageController(PageBrands brands, PageViews views, PageLimits limits, ShipmentFinder shipments, StoredTimelines timelines,
                           PageFormats formats, CustomerReturns returns) {
        this.returns = returns;
        this.brands = brands;
        this.views = views;
        this.limits = limits;
        this.shipments = shipments;
        this.timelines = timelines;
        this.formats = formats;
    }

    @GetMapping("/t/{slug}")
    ModelAndView lookup(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        Optional<Branding> brand = brands.bySlug(slug);
        if (brand.isEmpty()) {
            return PageErrors.unknownTenant(views, request, response);
        }
        Locale locale = views.locale(brand.get(), request, response);
        return views.page("pages/lookup", HttpStatus.OK, brand.get(), locale, request, response, Map.of());
    }

    @PostMapping("/t/{slug}")
    ModelAndView find(@PathVariable String slug, @RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String contact,
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
        Optional<ShipmentFinder.PublicShipment> found = shipments.byOrder(brand.get().tenantId(), clip(reference, 100), clip(contact, 254));
        if (found.isEmpty()) {
            return views.page("pages/lookup", HttpStatus.NOT_FOUND, brand.get(), locale, request, response,
                    Map.of("notFound", true, "reference", clip(reference, 100)));
        }
        return new ModelAndView("redirect:" + trackingPath(slug, found.get().awb()));
    }

    @GetMapping("/t/{slug}/{awb}")
    ModelAndView tracking(@PathVariable String slug, @PathVariable String awb, @RequestParam(required = false) String booked,
                          HttpServletRequest request, HttpServletResponse response) {
        Optional<Branding> brand = brands.bySlug(slug);
        if (brand.isEmpty()) {
            return PageErrors.unknownTenant(views, request, response);
        }
        Locale locale = views.locale(brand.get(), request, response);
        Optional<ShipmentFinder.PublicShipment> shipment = awb.length() > 64 ? Optional.empty() : shipments.byAwb(brand.get().tenantId(), awb);
        if (shipment.isEmpty()) {
            return views.page("pages/not-found", HttpStatus.NOT_FOUND, brand.get(), locale, request, response, Map.of());
        }
        ShipmentFinder.PublicShipment shown = shipment.get();
        if (shown.tracker()) {
            // a return's AWB: the return's status (RETURN_REQUESTED until the carrier scans it), on the tracker's timeline
            shown = returns.statusOfTracker(brand.get().tenantId(), shown.id()).map(status -> withStatus(shipment.get(), status)).orElse(shown);
        }
        TrackingPage page = TrackingPage.of(shown, timelines.events(brand.get().tenantId(), shown.id()), formats.of(locale));
        return views.page("pages/tracking", HttpStatus.OK, brand.get(), locale, request, response,
                Map.of("page", page, "booked", booked != null && page.returnShipment()));
    }

    /** The tenant's logo, for its pages and emails: public, cached by browsers for the branding cache's TTL. */
    @GetMapping("/assets/brand/{slug}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String slug) {
        return brands.bySlug(slug).flatMap(brands::logo)
                .map(logo -> ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                        .body(logo.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ShipmentFinder.PublicShipment withStatus(ShipmentFinder.PublicShipment s, TrackingStatus status) {
        return new ShipmentFinder.PublicShipment(s.id(), s.tracker(), s.carrier(), s.awb(), status, s.reference(), s.estimatedDelivery(),
                s.latestDelivery(), s.deliveredAt(), s.firstName(), s.city());
    }

    static String trackingPath(String slug, String awb) {
        return "/t/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8) + "/" + UriUtils.encodePathSegment(awb, StandardCharsets.UTF_8);
    }

    static String clip(String value, int max) {
        String v = value == null ? "" : value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
