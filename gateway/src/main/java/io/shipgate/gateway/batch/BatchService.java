package io.shipgate.gateway.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.gateway.label.LabelProfiles;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.json.JsonColumns;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.shipment.ShipmentPurchases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Batches: submitted (each row checked, stored), read back with their progress and rows, listed. */
@Service
class BatchService {

    /** Row mistakes a submission lists (all invalid rows are counted, and each shows its problem in the batch's rows). */
    static final int MAX_LISTED_ERRORS = 1000;
    static final int MAX_ROWS_PAGE = 1000;
    static final int MAX_BATCH_PAGE = 100;

    private final JdbcBatches batches;
    private final LabelProfiles profiles;
    private final ShipmentPurchases purchases;
    private final ObjectMapper mapper;
    private final JsonColumns json;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxRows;

    BatchService(JdbcBatches batches, LabelProfiles profiles, ShipmentPurchases purchases, ObjectMapper mapper, JsonColumns json, TransactionTemplate transactions,
                 Clock clock, @Value("${shipgate.batches.max-rows:10000}") int maxRows) {
        this.batches = batches;
        this.profiles = profiles;
        this.purchases = purchases;
        this.mapper = mapper;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    /**
     * Reads and checks the rows, stores the batch: valid rows pending (or created at once when an earlier batch bought
     * their reference), invalid ones with their problem. The worker buys the pending rows from then on.
     */
    BatchView submit(UUID tenantId, boolean testMode, byte[] body, BatchFile.Source source, UUID labelProfileId) {
        if (labelProfileId != null && profiles.choose(tenantId, labelProfileId, null).orElseThrow().format() == LabelFormat.PNG) {
            throw ApiException.invalid("label_profile", "is a PNG profile: a batch's labels are one PDF or ZPL document");
        }
        List<BatchFile.Row> rows = BatchFile.read(body, source, mapper, purchases, maxRows);
        Map<String, String[]> before = batches.boughtBefore(tenantId, rows.stream().filter(BatchFile.Row::valid)
                .map(BatchFile.Row::reference).toList());
        List<JdbcBatches.NewRow> stored = new ArrayList<>(rows.size());
        List<BatchRowErrorView> errors = new ArrayList<>();
        for (BatchFile.Row row : rows) {
            if (!row.valid()) {
                row.errors().stream().limit(Math.max(0, MAX_LISTED_ERRORS - errors.size()))
                        .forEach(e -> errors.add(new BatchRowErrorView(row.number(), e.field(), e.message())));
                ApiException problem = ApiException.invalid(row.errors());
                stored.add(new JdbcBatches.NewRow(row.number(), row.reference(), BatchRowState.INVALID, null, null, null, null, null,
                        json.write(BatchWorkerRows.view(problem.toProblemDetail()))));
                continue;
            }
            String[] bought = before.get(row.reference());
            if (bought != null) {
                stored.add(new JdbcBatches.NewRow(row.number(), row.reference(), BatchRowState.CREATED, json.write(row.request()), null, null,
                        UUID.fromString(bought[0]), bought[1], null));
            } else {
                stored.add(new JdbcBatches.NewRow(row.number(), row.reference(), BatchRowState.PENDING, json.write(row.request()),
                        row.request().carrierAccountId(), row.request().carrier() == null ? null : row.request().carrier().strip(),
                        null, null, null));
            }
        }
        UUID id = Ids.newId(clock);
        Instant now = clock.instant();
        transactions.executeWithoutResult(tx -> batches.insert(tenantId, id, source, testMode, labelProfileId, stored, now));
        BatchView batch = get(tenantId, id, null, 0, 0);
        return new BatchView(batch.id(), batch.status(), batch.source(), batch.counts(), batch.createdAt(), batch.completedAt(),
                batch.labelProfileId(), errors, null, null, batch.labelsUrl());
    }

    /** The batch with its counts and a page of its rows ({@code limit} 0: none) after row {@code after}. */
    BatchView get(UUID tenantId, UUID id, BatchRowState state, int after, int limit) {
        JdbcBatches.Batch batch = batches.find(tenantId, id).orElseThrow(() -> ApiException.notFound("batch " + id));
        BatchCountsView counts = batches.counts(tenantId, List.of(id)).get(id);
        List<BatchRowView> rows = null;
        String next = null;
        if (limit > 0) {
            rows = batches.rows(tenantId, id, state, after, limit);
            if (rows.size() > limit) {
                rows = rows.subList(0, limit);
                next = Integer.toString(rows.getLast().row());
            }
        }
        return view(batch, counts, rows, next);
    }

    BatchPage list(UUID tenantId, int limit, String cursor) {
        Instant beforeAt = null;
        UUID beforeId = null;
        if (cursor != null) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                beforeAt = Instant.parse(parts[0]);
                beforeId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw ApiException.invalid("cursor", "is not a next_cursor of this list");
            }
        }
        List<JdbcBatches.Batch> page = batches.list(tenantId, beforeAt, beforeId, limit);
        String next = null;
        if (page.size() > limit) {
            page = page.subList(0, limit);
            JdbcBatches.Batch last = page.getLast();
            next = Base64.getUrlEncoder().withoutPadding().encodeToString((last.createdAt() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
        }
        Map<UUID, BatchCountsView> counts = page.isEmpty() ? Map.of() : batches.counts(tenantId, page.stream().map(JdbcBatches.Batch::id).toList());
        return new BatchPage(page.stream().map(b -> view(b, counts.get(b.id()), null, null)).toList(), next);
    }

    private static BatchView view(JdbcBatches.Batch batch, BatchCountsView counts, List<BatchRowView> rows, String next) {
        return new BatchView(batch.id(), batch.completedAt() == null ? "processing" : "completed", batch.source(), counts, batch.createdAt(),
                batch.completedAt(), batch.labelProfileId(), null, rows, next,
                "/v1/batches/" + batch.id() + "/labels" + (batch.labelProfileId() == null ? "?format=pdf" : ""));
    }

}
