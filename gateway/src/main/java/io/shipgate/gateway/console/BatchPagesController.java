package io.shipgate.gateway.console;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.gateway.batch.BatchLabelDocuments;
import io.shipgate.gateway.batch.BatchRowState;
import io.shipgate.gateway.batch.BatchRowView;
import io.shipgate.gateway.batch.BatchView;
import io.shipgate.gateway.platform.problem.ApiException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The console's batches: the list, one batch with its rows, and its labels merged into one document in the batch's row
 * order (the batch module's merge, as GET /v1/batches/{id}/labels), each recorded as printed.
 */
@Hidden
@Controller
class BatchPagesController {

    static final int PAGE_SIZE = 25;
    static final int ROWS_SHOWN = 200;

    private final BatchLabelDocuments batches;
    private final LabelPrints prints;

    BatchPagesController(BatchLabelDocuments batches, LabelPrints prints) {
        this.batches = batches;
        this.prints = prints;
    }

    @GetMapping("/console/batches")
    String list(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("zone", ShipmentPagesController.UTC);
        model.addAttribute("page", batches.list(user.tenantId(), PAGE_SIZE, cursor == null || cursor.isBlank() ? null : cursor));
        return "console/batches/list";
    }

    @GetMapping("/console/batches/{id}")
    String show(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, Model model) {
        BatchView batch = batches.get(user.tenantId(), id(id), 0, ROWS_SHOWN);
        model.addAttribute("batch", batch);
        model.addAttribute("zone", ShipmentPagesController.UTC);
        return "console/batches/show";
    }

    /** The batch's labels as one document (a PDF, or ZPL when the batch was submitted with a ZPL label profile). */
    @GetMapping("/console/batches/{id}/labels")
    ResponseEntity<StreamingResponseBody> labels(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id) {
        UUID batchId = id(id);
        BatchLabelDocuments.Merged merged = batches.merge(user.tenantId(), batchId, null);
        List<UUID> printed = new ArrayList<>();
        int after = 0;
        List<BatchRowView> rows;
        do {
            rows = batches.get(user.tenantId(), batchId, after, 1000).rows();
            for (BatchRowView row : rows) {
                if (row.state() == BatchRowState.CREATED && row.shipmentId() != null) {
                    printed.add(row.shipmentId());
                }
                after = row.row();
            }
        } while (rows.size() == 1000);
        boolean zpl = merged.mediaType().equals(LabelFormat.ZPL.mediaType());
        prints.record(user, printed, zpl ? "zpl" : "pdf", zpl ? null : "4x6", LabelPrints.Via.BATCH);
        long length;
        try {
            length = Files.size(merged.file());
        } catch (IOException e) {
            BatchLabelDocuments.delete(merged.file());
            throw new java.io.UncheckedIOException(e);
        }
        StreamingResponseBody body = out -> {
            try {
                Files.copy(merged.file(), out);
            } finally {
                BatchLabelDocuments.delete(merged.file());
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(merged.mediaType()))
                .contentLength(length)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, (zpl ? ContentDisposition.attachment() : ContentDisposition.inline())
                        .filename("batch-" + batchId + "-labels." + merged.extension()).build().toString())
                .body(body);
    }

    static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("batch " + id);
        }
    }
}
