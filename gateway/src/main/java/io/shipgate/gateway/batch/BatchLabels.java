package io.shipgate.gateway.batch;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.gateway.label.LabelProfile;
import io.shipgate.gateway.label.LabelProfiles;
import io.shipgate.gateway.label.LabelSheet;
import io.shipgate.gateway.label.LabelSheets;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.shipment.ShipmentLabels;
import org.springframework.stereotype.Service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A batch's labels merged into one document for a label profile, in row order: written to a temporary file (the
 * labels are read from the database a page of rows at a time, and a PDF's page contents are cached on disk), which is
 * then streamed to the client, so memory stays bounded whatever the batch's size, and a label that cannot be rendered
 * is a problem answer rather than a broken download.
 */
@Service
class BatchLabels {

    private static final int PAGE = 200;

    private final JdbcBatches batches;
    private final ShipmentLabels labels;
    private final LabelProfiles profiles;

    BatchLabels(JdbcBatches batches, ShipmentLabels labels, LabelProfiles profiles) {
        this.batches = batches;
        this.labels = labels;
        this.profiles = profiles;
    }

    /** The merged document, its media type and how many rows it holds. The caller deletes the file. */
    record Merged(Path file, LabelProfile profile, int rows) {
    }

    Merged merge(UUID tenantId, UUID batchId, String format, UUID profileId, UUID warehouseId) {
        JdbcBatches.Batch batch = batches.find(tenantId, batchId).orElseThrow(() -> ApiException.notFound("batch " + batchId));
        LabelProfile profile = profile(tenantId, format, profileId != null || warehouseId != null ? profileId : own(tenantId, batch, format),
                warehouseId);
        Path file;
        try {
            file = Files.createTempFile("shipgate-batch-labels-", "." + profile.format().extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int count = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             LabelSheet sheet = LabelSheets.open(profile, out)) {
            int after = 0;
            List<JdbcBatches.CreatedRow> page;
            do {
                page = batches.createdRows(tenantId, batchId, after, PAGE);
                for (JdbcBatches.CreatedRow row : page) {
                    labels.addTo(sheet, profile, tenantId, row.shipmentId(), null);
                    count++;
                    after = row.number();
                }
            } while (page.size() == PAGE);
            sheet.finish();
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
        return new Merged(file, profile, count);
    }

    /** The profile the batch was submitted with, when it still exists and is of the format asked for (if any). */
    private UUID own(UUID tenantId, JdbcBatches.Batch batch, String format) {
        if (batch.labelProfileId() == null) {
            return null;
        }
        try {
            LabelProfile own = profiles.choose(tenantId, batch.labelProfileId(), null).orElseThrow();
            return format == null || own.format().name().equalsIgnoreCase(format) ? own.id() : null;
        } catch (ApiException e) {
            return null; // deleted since
        }
    }

    private LabelProfile profile(UUID tenantId, String format, UUID profileId, UUID warehouseId) {
        LabelFormat asked = null;
        if (format != null) {
            asked = switch (format.toLowerCase(Locale.ROOT)) {
                case "pdf" -> LabelFormat.PDF;
                case "zpl" -> LabelFormat.ZPL;
                default -> throw ApiException.invalid("format", "must be pdf or zpl (a batch's labels are one document)");
            };
        }
        LabelProfile profile = profiles.choose(tenantId, profileId, warehouseId)
                .filter(p -> profileId != null || format == null || p.format() == LabelFormat.PDF && "pdf".equalsIgnoreCase(format)
                        || p.format() == LabelFormat.ZPL && "zpl".equalsIgnoreCase(format))
                .orElse(LabelProfile.plain(asked == null ? LabelFormat.PDF : asked));
        if (asked != null && profile.format() != asked) {
            throw ApiException.invalid("format", "must be the label profile's (" + profile.format().name().toLowerCase(Locale.ROOT)
                    + ") or left out");
        }
        if (profile.format() == LabelFormat.PNG) {
            throw ApiException.invalid("label_profile", "is a PNG profile: a batch's labels are one PDF or ZPL document");
        }
        return profile;
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
