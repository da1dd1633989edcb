package io.shipgate.gateway.console;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.shipment.ConsoleShipments;
import io.shipgate.gateway.shipment.ShipmentCancellationView;
import io.shipgate.gateway.shipment.ShipmentPage;
import io.shipgate.gateway.shipment.ShipmentView;
import io.shipgate.gateway.tracking.StoredTimelines;
import io.shipgate.gateway.tracking.TrackingEventView;
import io.shipgate.gateway.warehouse.Warehouse;
import io.shipgate.gateway.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The warehouse console's shipment pages: scan or search, the day's list with its filters, a shipment (status, lane,
 * parcels, timeline, label preview, print buttons, reprints) and voiding it after a confirmation. Every read is the
 * signed-in user's tenant's; another tenant's or an unknown id is the 404 page.
 */
@Hidden
@Controller
class ShipmentPagesController {

    static final int PAGE_SIZE = 25;
    /** The zone of times and days where no warehouse gives one (shown as "UTC"). */
    static final ZoneId UTC = ZoneId.of("UTC");

    private final ConsoleShipments shipments;
    private final StoredTimelines timelines;
    private final Warehouses warehouses;
    private final LabelPrints prints;
    private final Clock clock;

    ShipmentPagesController(ConsoleShipments shipments, StoredTimelines timelines, Warehouses warehouses, LabelPrints prints, Clock clock) {
        this.shipments = shipments;
        this.timelines = timelines;
        this.warehouses = warehouses;
        this.prints = prints;
        this.clock = clock;
    }

    /** A scanned or typed code: one shipment opens, several are listed, none says so. */
    @GetMapping("/console/search")
    String search(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String q, Model model) {
        String code = q == null ? "" : q.strip();
        if (code.length() > 100) {
            throw ApiException.invalid("q", "is at most 100 characters");
        }
        List<ShipmentView> found = shipments.search(user.tenantId(), code);
        if (found.size() == 1) {
            return "redirect:/console/shipments/" + found.getFirst().id();
        }
        model.addAttribute("q", code);
        model.addAttribute("zone", UTC);
        model.addAttribute("matches", found);
        return "console/shipments/search";
    }

    /** The filters of the shipment list, as the page's form sends them (blank: not filtered; date blank: today). */
    record Filters(LocalDate date, ZoneId zone, String carrier, UUID warehouseId, TrackingStatus status, String cursor) {

        static Filters of(String date, String carrier, String warehouse, String status, String cursor, Warehouses warehouses,
                          UUID tenantId, Clock clock) {
            UUID warehouseId = null;
            ZoneId zone = UTC;
            if (warehouse != null && !warehouse.isBlank()) {
                try {
                    warehouseId = UUID.fromString(warehouse.strip());
                } catch (IllegalArgumentException e) {
                    throw ApiException.invalid("warehouse", "is not a warehouse id");
                }
                zone = warehouses.find(tenantId, warehouseId).orElseThrow(() -> ApiException.invalid("warehouse", "no such warehouse"))
                        .timeZone();
            }
            LocalDate day;
            try {
                day = date == null || date.isBlank() ? LocalDate.ofInstant(clock.instant(), zone) : LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.invalid("date", "must be a date (yyyy-mm-dd)");
            }
            TrackingStatus st = null;
            if (status != null && !status.isBlank()) {
                try {
                    st = TrackingStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw ApiException.invalid("status", "is not a tracking status");
                }
            }
            String c = carrier == null || carrier.isBlank() ? null : carrier.strip().toLowerCase(Locale.ROOT);
            return new Filters(day, zone, c, warehouseId, st, cursor == null || cursor.isBlank() ? null : cursor);
        }

        public java.time.Instant from() {
            return date.atStartOfDay(zone).toInstant();
        }

        public java.time.Instant to() {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }

        /** The query string of these filters (without the cursor), for the next page's and the print links. */
        public String query() {
            StringBuilder q = new StringBuilder("date=").append(date);
            if (carrier != null) {
                q.append("&carrier=").append(java.net.URLEncoder.encode(carrier, java.nio.charset.StandardCharsets.UTF_8));
            }
            if (warehouseId != null) {
                q.append("&warehouse=").append(warehouseId);
            }
            if (status != null) {
                q.append("&status=").append(status.name());
            }
            return q.toString();
        }
    }

    @GetMapping("/console/shipments")
    String list(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String date,
                @RequestParam(required = false) String carrier, @RequestParam(required = false) String warehouse,
                @RequestParam(required = false) String status, @RequestParam(required = false) String cursor, Model model) {
        Filters filters = Filters.of(date, carrier, warehouse, status, cursor, warehouses, user.tenantId(), clock);
        ShipmentPage page = shipments.list(user.tenantId(), filters.status(), filters.carrier(), filters.warehouseId(), filters.from(),
                filters.to(), PAGE_SIZE, filters.cursor());
        List<Warehouse> active = warehouses.active(user.tenantId());
        model.addAttribute("filters", filters);
        model.addAttribute("page", page);
        model.addAttribute("warehouses", active);
        model.addAttribute("statuses", TrackingStatus.values());
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), filters.zone()));
        return "console/shipments/list";
    }

    @GetMapping("/console/shipments/{id}")
    String show(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, Model model) {
        ShipmentView shipment = shipments.get(user.tenantId(), id(id));
        List<TrackingEventView> events = new ArrayList<>(timelines.events(user.tenantId(), shipment.id()));
        Collections.reverse(events);
        model.addAttribute("shipment", shipment);
        model.addAttribute("events", events);
        model.addAttribute("prints", prints.history(user.tenantId(), shipment.id()));
        Warehouse warehouse = shipment.warehouseId() == null ? null : warehouses.find(user.tenantId(), shipment.warehouseId()).orElse(null);
        model.addAttribute("warehouse", warehouse == null ? null : warehouse.name());
        model.addAttribute("zone", warehouse == null ? UTC : warehouse.timeZone());
        model.addAttribute("voidable", voidable(shipment));
        return "console/shipments/show";
    }

    /** The confirmation step of voiding a shipment's label. */
    @GetMapping("/console/shipments/{id}/void")
    String confirmVoid(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, Model model) {
        ShipmentView shipment = shipments.get(user.tenantId(), id(id));
        model.addAttribute("shipment", shipment);
        model.addAttribute("voidable", voidable(shipment));
        return "console/shipments/void";
    }

    @PostMapping("/console/shipments/{id}/void")
    String doVoid(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, @RequestParam(required = false) String confirm,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ShipmentView shipment = shipments.get(user.tenantId(), id(id));
        if (!"yes".equals(confirm)) {
            response.setStatus(400);
            model.addAttribute("shipment", shipment);
            model.addAttribute("voidable", voidable(shipment));
            model.addAttribute("error", "Tick the box to confirm that this label is void.");
            return "console/shipments/void";
        }
        ShipmentCancellationView outcome = shipments.cancel(user.tenantId(), shipment.id());
        redirect.addFlashAttribute("notice", ShipmentCancellationView.RTO_REQUESTED.equals(outcome.outcome())
                ? "The carrier already has the parcel: it was asked to return it to origin."
                : "The shipment is cancelled and its label is void.");
        return "redirect:/console/shipments/" + shipment.id();
    }

    /** A shipment whose label may still be voided (not cancelled, delivered or returned). */
    static boolean voidable(ShipmentView shipment) {
        return shipment.cancelledAt() == null && !shipment.status().terminal()
                && !shipment.status().name().startsWith("RTO_");
    }

    static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("shipment " + id);
        }
    }
}
