package io.shipgate.gateway.console;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.shipment.ConsoleShipments;
import io.shipgate.gateway.shipment.ShipmentView;
import io.shipgate.gateway.warehouse.Warehouse;
import io.shipgate.gateway.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The console's label documents: one shipment's label in the user's printer's format (every print is recorded; all
 * but the first are reprints), its preview on the shipment page (not a print), and the day's filtered shipments'
 * labels merged into one PDF in pick order.
 * <p>
 * Pick order (the day's merged labels): by warehouse name (shipments without a warehouse last), then by order
 * reference (none last), then by purchase time; a batch's merged labels keep the batch's row order (its file's order).
 */
@Hidden
@Controller
class LabelPrintController {

    /** Pick order: warehouse name (none last), order reference (none last), then the time the label was bought, then id. */
    static Comparator<ConsoleShipments.PickItem> pickOrder(Map<UUID, String> warehouseNames) {
        return Comparator.<ConsoleShipments.PickItem, String>comparing(p -> p.warehouseId() == null ? null
                                : warehouseNames.getOrDefault(p.warehouseId(), p.warehouseId().toString()),
                        Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(ConsoleShipments.PickItem::reference, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(ConsoleShipments.PickItem::createdAt)
                .thenComparing(ConsoleShipments.PickItem::id);
    }

    private final ConsoleShipments shipments;
    private final Warehouses warehouses;
    private final LabelFiles files;
    private final LabelPrints prints;
    private final Clock clock;

    LabelPrintController(ConsoleShipments shipments, Warehouses warehouses, LabelFiles files, LabelPrints prints, Clock clock) {
        this.shipments = shipments;
        this.warehouses = warehouses;
        this.files = files;
        this.prints = prints;
        this.clock = clock;
    }

    /** The shipment's label to print: PDF 4x6 or A4, PNG inline; ZPL as a file download for thermal printers. Recorded. */
    @GetMapping("/console/shipments/{id}/label")
    ResponseEntity<byte[]> label(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
                                 @RequestParam(required = false) String format, @RequestParam(required = false) String size) {
        LabelFiles.Kind kind = LabelFiles.Kind.of(format, size);
        ShipmentView shipment = shipments.get(user.tenantId(), ShipmentPagesController.id(id));
        if (shipment.cancelledAt() != null) {
            throw ApiException.invalid("shipment", "is cancelled: its label is void and is not printed");
        }
        byte[] document = files.shipment(user.tenantId(), shipment.id(), kind);
        prints.record(user, List.of(shipment.id()), kind.formatName(), kind.size(), LabelPrints.Via.SHIPMENT);
        return document(document, kind.format(), filename(shipment.awb()) + "." + kind.format().extension(),
                kind.format() == LabelFormat.ZPL);
    }

    /** The label as the shipment page shows it (PDF for the embedded viewer, PNG for an image); not a print. */
    @GetMapping("/console/shipments/{id}/label/preview")
    ResponseEntity<byte[]> preview(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
                                   @RequestParam(required = false) String format) {
        LabelFiles.Kind kind = LabelFiles.Kind.of("png".equals(format) ? "png" : "pdf", null);
        ShipmentView shipment = shipments.get(user.tenantId(), ShipmentPagesController.id(id));
        return document(files.shipment(user.tenantId(), shipment.id(), kind), kind.format(),
                filename(shipment.awb()) + "." + kind.format().extension(), false);
    }

    /** The day's (filtered) shipments' labels merged into one PDF in pick order; each is recorded as printed. */
    @GetMapping("/console/shipments/labels")
    ResponseEntity<byte[]> day(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String date,
                               @RequestParam(required = false) String carrier, @RequestParam(required = false) String warehouse,
                               @RequestParam(required = false) String status, @RequestParam(required = false) String size) {
        LabelFiles.Kind kind = LabelFiles.Kind.of("pdf", size);
        ShipmentPagesController.Filters filters = ShipmentPagesController.Filters.of(date, carrier, warehouse, status, null, warehouses,
                user.tenantId(), clock);
        List<ConsoleShipments.PickItem> items = shipments.pickList(user.tenantId(), filters.status(), filters.carrier(),
                filters.warehouseId(), filters.from(), filters.to(), LabelFiles.MAX_MERGED);
        Map<UUID, String> names = items.stream().map(ConsoleShipments.PickItem::warehouseId).filter(java.util.Objects::nonNull).distinct()
                .collect(Collectors.toMap(w -> w, w -> warehouses.find(user.tenantId(), w).map(Warehouse::name).orElse(w.toString())));
        List<UUID> ordered = items.stream().sorted(pickOrder(names)).map(ConsoleShipments.PickItem::id).toList();
        byte[] document = files.merged(user.tenantId(), ordered, kind);
        prints.record(user, ordered, kind.formatName(), kind.size(), LabelPrints.Via.DAY);
        return document(document, LabelFormat.PDF, "labels-" + filters.date() + ".pdf", false);
    }

    static ResponseEntity<byte[]> document(byte[] document, LabelFormat format, String filename, boolean download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                        .filename(filename).build().toString())
                .body(document);
    }

    /** An AWB as a file name: letters, digits, dash and underscore only. */
    static String filename(String awb) {
        String name = awb == null ? "" : awb.replaceAll("[^A-Za-z0-9_-]", "");
        return name.isEmpty() ? "label" : name;
    }
}
