package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.gateway.label.LabelProfile;
import io.shipgate.gateway.label.LabelSheet;
import io.shipgate.gateway.label.LabelSheets;
import io.shipgate.gateway.platform.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.util.UUID;

/** A shipment's labels for a label profile: the stored document the profile starts from, and the document rendered. */
@Component
public class ShipmentLabels {

    private final ShipmentService service;

    ShipmentLabels(ShipmentService service) {
        this.service = service;
    }

    /**
     * Adds the shipment's labels (every parcel's, or one parcel's) to the sheet: the carrier's own ZPL where the profile
     * prints it as it is and the carrier issued one, else its PDF (rendered from its images where it issued none).
     */
    public void addTo(LabelSheet sheet, LabelProfile profile, UUID tenantId, UUID shipmentId, Integer parcelNumber) {
        if (profile.source() == LabelFormat.ZPL) {
            byte[] zpl = null;
            try {
                zpl = service.label(tenantId, shipmentId, LabelFormat.ZPL, parcelNumber);
            } catch (ApiException e) {
                if (e.status() != HttpStatus.NOT_FOUND) {
                    throw e;
                }
            }
            if (zpl != null) {
                sheet.add(LabelFormat.ZPL, zpl);
                return;
            }
        }
        sheet.add(LabelFormat.PDF, service.label(tenantId, shipmentId, LabelFormat.PDF, parcelNumber));
    }

    /** The shipment's label document rendered for the profile. */
    byte[] render(LabelProfile profile, UUID tenantId, UUID shipmentId, Integer parcelNumber) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LabelSheet sheet = LabelSheets.open(profile, out)) {
            addTo(sheet, profile, tenantId, shipmentId, parcelNumber);
            sheet.finish();
        }
        return out.toByteArray();
    }
}
