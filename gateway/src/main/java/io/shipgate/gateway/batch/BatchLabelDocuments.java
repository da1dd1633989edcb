package io.shipgate.gateway.batch;

import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.UUID;

/**
 * What the warehouse label console (issue 19) reads of the tenant's batches: the list, one batch with its rows, and
 * the batch's labels merged into one document in row order (the same merge as GET /v1/batches/{id}/labels).
 */
@Component
public class BatchLabelDocuments {

    private final BatchService service;
    private final BatchLabels labels;

    BatchLabelDocuments(BatchService service, BatchLabels labels) {
        this.service = service;
        this.labels = labels;
    }

    /** The merged document (a temporary file the caller deletes with {@link #delete}), its media type and its rows. */
    public record Merged(Path file, String mediaType, String extension, int rows) {
    }

    public BatchPage list(UUID tenantId, int limit, String cursor) {
        return service.list(tenantId, limit, cursor);
    }

    /** The batch with its counts and up to {@code limit} rows after row {@code after} (404 for another tenant's). */
    public BatchView get(UUID tenantId, UUID id, int after, int limit) {
        return service.get(tenantId, id, null, after, limit);
    }

    /** The batch's labels as one PDF (or its ZPL profile's document), in row order, for the batch's label profile or none. */
    public Merged merge(UUID tenantId, UUID id, String format) {
        BatchLabels.Merged merged = labels.merge(tenantId, id, format, null, null);
        return new Merged(merged.file(), merged.profile().format().mediaType(), merged.profile().format().extension(), merged.rows());
    }

    public static void delete(Path file) {
        BatchLabels.delete(file);
    }
}
