package io.shipgate.gateway.batch;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.tenant.CurrentApiKey;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;

@RestController
@RequestMapping("/v1/batches")
@Tag(name = "Batches", description = "Bulk shipping: up to 10,000 shipments in one call, bought in the background (docs/operations.md).")
class BatchController {

    static final String CSV = "text/csv";
    static final String CSV_EXAMPLE = """
            reference,carrier,service_level,shipper_name,shipper_street1,shipper_city,shipper_state,shipper_postal_code,shipper_country,\
            recipient_name,recipient_street1,recipient_city,recipient_state,recipient_postal_code,recipient_country,weight,weight_unit
            ORDER-1001,sandbox,STANDARD,Ada Shipper,11 Wall St,New York,NY,10005,US,Grace Recipient,1 Market St,San Francisco,CA,94105,US,2.5,LB
            ORDER-1002,sandbox,EXPRESS,Ada Shipper,11 Wall St,New York,NY,10005,US,Alan Recipient,233 S Wacker Dr,Chicago,IL,60606,US,1.2,KG
            """;
    static final String JSON_LINE_EXAMPLE = """
            {"carrier":"sandbox","reference":"ORDER-1001","shipper":{"name":"Ada Shipper","street1":"11 Wall St","city":"New York",\
            "postal_code":"10005","country":"US"},"recipient":{"name":"Grace Recipient","street1":"1 Market St","city":"San Francisco",\
            "postal_code":"94105","country":"US"},"parcels":[{"weight":{"value":2.5,"unit":"LB"}}]}""";

    private final BatchService service;
    private final BatchLabels labels;

    BatchController(BatchService service, BatchLabels labels) {
        this.service = service;
        this.labels = labels;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_NDJSON_VALUE, CSV})
    @Operation(operationId = "createBatch", summary = "Submit a batch of shipments", description = """
            Up to 10,000 shipment requests: a JSON array of POST /v1/shipments bodies, JSON lines (application/x-ndjson, one body \
            a line), or CSV (text/csv, the columns of GET /v1/batches/template.csv; one parcel a line). Every row needs a reference, \
            unique in the batch, and is checked as POST /v1/shipments checks its body: rows with mistakes are reported (errors: \
            row, field, message) and never bought; the others are accepted and bought in the background, each on the same \
            purchase path, with the per-carrier-account concurrency limit and circuit breakers. A reference bought before (by any \
            batch of the tenant) is that shipment again: resubmitting a batch buys nothing twice. Follow the progress at Location.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(arraySchema = @Schema(
                            description = "POST /v1/shipments bodies, each with a reference"), maxItems = 10000,
                            schema = @Schema(implementation = io.shipgate.gateway.shipment.CreateShipmentRequest.class))),
                    @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE, schema = @Schema(type = "object",
                            description = "JSON lines: each line one POST /v1/shipments body with a reference", example = JSON_LINE_EXAMPLE)),
                    @Content(mediaType = CSV, schema = @Schema(type = "string",
                            description = "CSV: a header naming columns of the template, then one shipment a line", example = CSV_EXAMPLE))}),
            responses = @ApiResponse(responseCode = "202", description = "The batch accepted: its valid rows are being bought",
                    content = @Content(schema = @Schema(implementation = BatchView.class)),
                    headers = @Header(name = "Location", ref = "#/components/headers/Location")))
    @ExampleBodies(request = "batch-request", response = "batch-submitted")
    @ErrorResponses(404)
    ResponseEntity<BatchView> create(Tenant tenant, @RequestBody byte[] body,
                                     @Parameter(hidden = true) @RequestHeader("Content-Type") String contentType,
                                     @Parameter(description = "a label profile (PDF or ZPL) the batch's labels are merged for by default")
                                     @RequestParam(name = "label_profile", required = false) UUID labelProfile) {
        MediaType type = MediaType.parseMediaType(contentType);
        BatchFile.Source source = type.isCompatibleWith(MediaType.APPLICATION_NDJSON) ? BatchFile.Source.JSON_LINES
                : type.isCompatibleWith(MediaType.parseMediaType(CSV)) ? BatchFile.Source.CSV : BatchFile.Source.JSON;
        BatchView batch = service.submit(tenant.id(), CurrentApiKey.testMode(), body, source, labelProfile);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/v1/batches/" + batch.id())).body(batch);
    }

    @GetMapping(path = "/template.csv", produces = CSV)
    @Operation(operationId = "getBatchTemplate", summary = "Download the CSV template of a batch",
            description = "Every column a CSV batch may have, with two example lines (docs/operations.md lists what each means).",
            responses = @ApiResponse(responseCode = "200", description = "The template", content = @Content(mediaType = CSV,
                    schema = @Schema(type = "string", description = "The CSV template", example = CSV_EXAMPLE))))
    ResponseEntity<String> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"shipgate-batch-template.csv\"")
                .contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .body(BatchCsv.TEMPLATE);
    }

    @GetMapping
    @Operation(operationId = "listBatches", summary = "List batches", description = "Newest first, with their counts; pass next_cursor as cursor.")
    @ExampleBodies(response = "batch-page")
    BatchPage list(Tenant tenant,
                   @Parameter(description = "1 to 100, default 20",
                           schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
                   @RequestParam(defaultValue = "20") int limit,
                   @Parameter(description = "the next_cursor of the previous page") @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > BatchService.MAX_BATCH_PAGE) {
            throw ApiException.invalid("limit", "must be between 1 and " + BatchService.MAX_BATCH_PAGE);
        }
        return service.list(tenant.id(), limit, cursor);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getBatch", summary = "Get a batch: its progress and rows",
            description = "Counts by state, and a page of rows in row order with their shipment and AWB, or their problem.")
    @ExampleBodies(response = "batch")
    @ErrorResponses(404)
    BatchView get(Tenant tenant, @PathVariable UUID id,
                  @Parameter(description = "only rows in this state", schema = @Schema(type = "string",
                          allowableValues = {"invalid", "pending", "created", "failed"}))
                  @RequestParam(required = false) String state,
                  @Parameter(description = "rows a page: 0 to 1000, default 100 (0: the progress only)",
                          schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "1000", defaultValue = "100"))
                  @RequestParam(defaultValue = "100") int limit,
                  @Parameter(description = "the next_cursor of the previous page") @RequestParam(required = false) String cursor) {
        if (limit < 0 || limit > BatchService.MAX_ROWS_PAGE) {
            throw ApiException.invalid("limit", "must be between 0 and " + BatchService.MAX_ROWS_PAGE);
        }
        int after;
        try {
            after = cursor == null ? 0 : Integer.parseInt(cursor);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("cursor", "is not a next_cursor of this batch");
        }
        BatchRowState rowState;
        try {
            rowState = state == null ? null : BatchRowState.of(state);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("state", "must be invalid, pending, created or failed");
        }
        return service.get(tenant.id(), id, rowState, after, limit);
    }

    @GetMapping("/{id}/labels")
    @Operation(operationId = "getBatchLabels", summary = "Download a batch's labels as one document", description = """
            The labels of the batch's created rows in row order, merged into one PDF or ZPL document for a label profile: the \
            one named, else the batch's (label_profile when it was submitted), else the warehouse's or tenant's default of that format, else the carriers' own labels (a PDF page per \
            label at its own size; ZPL as the carriers issued it). Rows still pending are not in it yet (header Label-Count).""",
            responses = @ApiResponse(responseCode = "200", description = "The merged document", content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/x-zpl", schema = @Schema(type = "string", format = "binary"))}))
    @ErrorResponses({404, 422})
    ResponseEntity<StreamingResponseBody> labels(Tenant tenant, @PathVariable UUID id,
                                                 @Parameter(description = "pdf or zpl; default: the profile's, else pdf",
                                                         schema = @Schema(type = "string", allowableValues = {"pdf", "zpl"}))
                                                 @RequestParam(required = false) String format,
                                                 @Parameter(description = "a label profile's id") @RequestParam(name = "label_profile", required = false)
                                                 UUID labelProfile,
                                                 @Parameter(description = "a warehouse whose default label profile applies")
                                                 @RequestParam(name = "warehouse_id", required = false) UUID warehouseId) {
        BatchLabels.Merged merged = labels.merge(tenant.id(), id, format, labelProfile, warehouseId);
        StreamingResponseBody body = out -> {
            try {
                Files.copy(merged.file(), out);
            } finally {
                BatchLabels.delete(merged.file());
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(merged.profile().format().mediaType()))
                .contentLength(merged.file().toFile().length())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"batch-" + id + "-labels." + merged.profile().format().extension() + "\"")
                .header("Label-Count", Integer.toString(merged.rows()))
                .body(body);
    }
}
