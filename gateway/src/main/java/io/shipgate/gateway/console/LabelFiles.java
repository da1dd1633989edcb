package io.shipgate.gateway.console;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.gateway.label.LabelProfile;
import io.shipgate.gateway.label.LabelSheet;
import io.shipgate.gateway.label.LabelSheets;
import io.shipgate.gateway.label.PageSize;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.shipment.ShipmentLabels;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The console's label documents, laid out by the label module's {@link LabelSheets} from the shipment module's stored
 * labels ({@link ShipmentLabels}), the same path as the API's label profiles and a batch's merged labels: PDF 4x6 as
 * the carrier issued it, PDF A4 (the 4x6 label unscaled on an A4 page, for office printers), ZPL at 203 dpi (the
 * carrier's own where it issued one), PNG.
 */
@Component
class LabelFiles {

    /** The most labels one merged document of the day holds. */
    static final int MAX_MERGED = 500;

    /** A label format and page the console prints, from its query parameters. */
    record Kind(LabelFormat format, String size) {

        static Kind of(String format, String size) {
            String f = format == null || format.isBlank() ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
            String s = size == null || size.isBlank() ? "4x6" : size.strip().toLowerCase(Locale.ROOT);
            return switch (f) {
                case "pdf" -> {
                    if (!s.equals("4x6") && !s.equals("a4")) {
                        throw ApiException.invalid("size", "must be 4x6 or a4");
                    }
                    yield new Kind(LabelFormat.PDF, s);
                }
                case "zpl" -> new Kind(LabelFormat.ZPL, null);
                case "png" -> new Kind(LabelFormat.PNG, null);
                default -> throw ApiException.invalid("format", "must be pdf, zpl or png");
            };
        }

        String formatName() {
            return format.name().toLowerCase(Locale.ROOT);
        }

        LabelProfile profile() {
            return switch (format) {
                case PDF -> "a4".equals(size) ? new LabelProfile(null, LabelFormat.PDF, PageSize.A4, 1, LabelProfile.THERMAL_DPI)
                        : LabelProfile.plain(LabelFormat.PDF);
                case ZPL -> LabelProfile.plain(LabelFormat.ZPL);
                case PNG -> LabelProfile.plain(LabelFormat.PNG);
            };
        }
    }

    private final ShipmentLabels labels;

    LabelFiles(ShipmentLabels labels) {
        this.labels = labels;
    }

    /** One shipment's labels (every parcel's) in the kind asked for; a PNG holds the first parcel's. */
    byte[] shipment(UUID tenantId, UUID shipmentId, Kind kind) {
        return merged(tenantId, List.of(shipmentId), kind);
    }

    /** The shipments' labels merged into one document, in the order given. */
    byte[] merged(UUID tenantId, List<UUID> shipmentIds, Kind kind) {
        LabelProfile profile = kind.profile();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LabelSheet sheet = LabelSheets.open(profile, out)) {
            for (UUID id : shipmentIds) {
                labels.addTo(sheet, profile, tenantId, id, kind.format() == LabelFormat.PNG ? 1 : null);
            }
            sheet.finish();
        }
        return out.toByteArray();
    }
}
