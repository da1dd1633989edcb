package io.shipgate.gateway.pages;

import io.shipgate.gateway.branding.Branding;
import io.shipgate.gateway.ndr.NdrSelfService;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.shipment.AddressView;
import io.shipgate.gateway.shipment.ShipmentLookup;
import io.shipgate.gateway.shipment.ShipmentMapper;
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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The NDR self-service page ({@code /t/{slug}/ndr/{token}}, the link of the "delivery failed" message): the customer
 * picks a new day within the carrier's window, confirms or corrects the phone, or corrects the address line. The action
 * goes through the NDR module's action path as {@code customer}; the link works once ({@link NdrLinks}).
 */
@Controller
class NdrPageController {

    private static final Logger LOG = LoggerFactory.getLogger(NdrPageController.class);

    private final PageBrands brands;
    private final PageViews views;
    private final PageLimits limits;
    private final NdrLinks links;
    private final NdrSelfService ndr;
    private final ShipmentLookup shipments;
    private final PageFormats formats;

    NdrPageController(PageBrands brands, PageViews views, PageLimits limits, NdrLinks links, NdrSelfService ndr, ShipmentLookup shipments,
                      PageFormats formats) {
        this.brands = brands;
        this.views = views;
        this.limits = limits;
        this.links = links;
        this.ndr = ndr;
        this.shipments = shipments;
        this.formats = formats;
    }

    @GetMapping("/t/{slug}/ndr/{token}")
    ModelAndView form(@PathVariable String slug, @PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        Optional<Branding> brand = brands.bySlug(slug);
        if (brand.isEmpty()) {
            return PageErrors.unknownTenant(views, request, response);
        }
        Locale locale = views.locale(brand.get(), request, response);
        NdrLinks.Check check = links.check(brand.get().tenantId(), token);
        if (!(check instanceof NdrLinks.Valid link)) {
            return refused((NdrLinks.Refused) check, brand.get(), locale, request, response);
        }
        return caseOf(link).map(c -> form(brand.get(), locale, c, Map.of(), request, response))
                .orElseGet(() -> message("closed", HttpStatus.GONE, brand.get(), locale, null, request, response));
    }

    @PostMapping("/t/{slug}/ndr/{token}")
    ModelAndView act(@PathVariable String slug, @PathVariable String token, @RequestParam(defaultValue = "") String choice,
                     @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String phone,
                     @RequestParam(defaultValue = "") String line1, @RequestParam(defaultValue = "") String line2,
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
        NdrLinks.Check check = links.check(brand.get().tenantId(), token);
        if (!(check instanceof NdrLinks.Valid link)) {
            return refused((NdrLinks.Refused) check, brand.get(), locale, request, response);
        }
        Optional<CaseForm> found = caseOf(link);
        if (found.isEmpty()) {
            return message("closed", HttpStatus.GONE, brand.get(), locale, null, request, response);
        }
        CaseForm c = found.get();
        Map<String, Object> entered = new HashMap<>(Map.of("choice", choice, "line1", line1, "line2", line2, "phone", phone, "date", date));
        Action action;
        try {
            action = action(c, choice.strip(), date.strip(), phone.strip(), line1.strip(), line2.strip());
        } catch (IllegalArgumentException e) {
            entered.put("error", e.getMessage());
            return form(brand.get(), locale, c, entered, request, response);
        }
        if (!links.claim(link)) {
            return refused(NdrLinks.Refused.USED, brand.get(), locale, request, response);
        }
        try {
            ndr.act(link.tenantId(), link.caseId(), action.name(), action.date(), action.phone(), action.address(), action.remarks());
        } catch (RuntimeException e) {
            links.release(link);
            LOG.info("a customer's NDR action on case {} was refused: {}", link.caseId(),
                    e instanceof ApiException api ? api.status() + " " + api.getMessage() : e.getClass().getSimpleName());
            entered.put("error", "pages.ndr.error." + (e instanceof ApiException api && api.status() == HttpStatus.BAD_REQUEST
                    ? errorField(choice) : "carrier"));
            return form(brand.get(), locale, c, entered, request, response);
        }
        return message("done", HttpStatus.OK, brand.get(), locale, c.awb(), request, response);
    }

    /** What the form shows of the case and the shipment (the recipient's phone only by its last 4 digits). */
    record CaseForm(NdrSelfService.CustomerCase ndrCase, String awb, AddressView address, String phoneEnding) {
    }

    private record Action(String name, LocalDate date, String phone, AddressView address, String remarks) {
    }

    private Optional<CaseForm> caseOf(NdrLinks.Valid link) {
        return ndr.find(link.tenantId(), link.caseId()).filter(NdrSelfService.CustomerCase::waiting)
                .flatMap(c -> shipments.find(link.tenantId(), c.shipmentId()).map(s -> {
                    AddressView address = ShipmentMapper.view(s.recipient());
                    String digits = address.phone() == null ? "" : address.phone().replaceAll("[^0-9]", "");
                    return new CaseForm(c, s.awb(), address, digits.length() >= 4 ? digits.substring(digits.length() - 4) : null);
                }));
    }

    /** The action the customer chose, or an {@link IllegalArgumentException} whose message is the error's message key. */
    private static Action action(CaseForm c, String choice, String date, String phone, String line1, String line2) {
        switch (choice) {
            case "reschedule" -> {
                try {
                    LocalDate day = LocalDate.parse(date);
                    if (!c.ndrCase().reschedule().contains(day)) {
                        throw new IllegalArgumentException("pages.ndr.error.date");
                    }
                    return new Action("reschedule", day, null, null, "Rescheduled by the customer");
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("pages.ndr.error.date");
                }
            }
            case "phone" -> {
                String digits = phone.replaceAll("[^0-9]", "");
                if (phone.isEmpty()) {
                    return new Action("re_attempt", null, null, null, "The customer confirmed the phone number");
                }
                if (digits.length() < 6 || phone.length() > 30 || !phone.matches("\\+?[0-9 ()\\-]+")) {
                    throw new IllegalArgumentException("pages.ndr.error.phone");
                }
                return new Action("change_phone", null, phone, null, "Phone corrected by the customer");
            }
            case "address" -> {
                if (line1.isEmpty() || line1.length() > 120 || line2.length() > 120) {
                    throw new IllegalArgumentException("pages.ndr.error.address");
                }
                AddressView a = c.address();
                return new Action("change_address", null, null, new AddressView(a.name(), a.company(), a.phone(), a.email(), line1,
                        line2.isEmpty() ? null : line2, a.city(), a.state(), a.postalCode(), a.country(), a.residential()),
                        "Address line corrected by the customer");
            }
            default -> throw new IllegalArgumentException("pages.ndr.error.date");
        }
    }

    private static String errorField(String choice) {
        return switch (choice) {
            case "phone" -> "phone";
            case "address" -> "address";
            default -> "date";
        };
    }

    private ModelAndView form(Branding brand, Locale locale, CaseForm c, Map<String, Object> entered, HttpServletRequest request,
                              HttpServletResponse response) {
        DateTimeFormatter day = formats.of(locale).day();
        DateTimeFormatter time = formats.of(locale).time();
        Map<String, String> days = new LinkedHashMap<>();
        c.ndrCase().reschedule().forEach(d -> days.put(d.toString(), d.format(day)));
        Map<String, Object> model = new HashMap<>(entered);
        model.put("awb", c.awb());
        model.put("reasonKey", "pages.ndr.reason." + (c.ndrCase().reason() == null ? "OTHER" : c.ndrCase().reason().name()));
        model.put("deadline", c.ndrCase().deadline() == null ? null
                : c.ndrCase().deadline().atOffset(ZoneOffset.UTC).format(day) + ", " + c.ndrCase().deadline().atOffset(ZoneOffset.UTC).format(time)
                + " UTC");
        model.put("days", days);
        model.put("action", request.getRequestURI());
        model.put("phoneEnding", c.phoneEnding());
        model.putIfAbsent("line1", "");
        if ("".equals(model.get("line1")) && !entered.containsKey("error")) {
            model.put("line1", c.address().street1() == null ? "" : c.address().street1());
            model.put("line2", c.address().street2() == null ? "" : c.address().street2());
        }
        return views.page("pages/ndr", entered.containsKey("error") ? HttpStatus.BAD_REQUEST : HttpStatus.OK, brand, locale, request, response, model);
    }

    private ModelAndView refused(NdrLinks.Refused refused, Branding brand, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return switch (refused) {
            case USED -> message("used", HttpStatus.GONE, brand, locale, null, request, response);
            case EXPIRED -> message("expired", HttpStatus.GONE, brand, locale, null, request, response);
            case INVALID -> message("invalid", HttpStatus.NOT_FOUND, brand, locale, null, request, response);
        };
    }

    private ModelAndView message(String kind, HttpStatus status, Branding brand, Locale locale, String awb, HttpServletRequest request,
                                 HttpServletResponse response) {
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind);
        if (awb != null) {
            model.put("trackingPath", TrackingPageController.trackingPath(brand.slug(), awb));
        }
        return views.page("pages/ndr-message", status, brand, locale, request, response, model);
    }
}
