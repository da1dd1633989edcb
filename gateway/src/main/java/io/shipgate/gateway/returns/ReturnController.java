package io.shipgate.gateway.returns;

import io.shipgate.gateway.platform.paging.PageCursor;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.shipment.LabelPurchase;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.groups.Default;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

@RestController
@RequestMapping("/v1/returns")
@Tag(name = "Returns", description = "Customer returns (reverse pickups): book, read, list, cancel before pickup.")
class ReturnController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ReturnService service;

    ReturnController(ReturnService service) {
        this.service = service;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createReturn", summary = "Book a customer return (reverse pickup)", description = """
            Books the return on the carrier (createReturn) for a delivered shipment's items, or standalone, after checking the
            request, the shipment (409 invalid-state unless DELIVERED) and the tenant's return rules (422 return-not-allowed naming
            the rule). Stores its AWB and label (where the carrier issues one) and a return.created event; the AWB is then tracked
            (RETURN_REQUESTED, RETURN_PICKED_UP, RETURN_IN_TRANSIT, RETURN_DELIVERED, each a return.status_changed event).
            An Idempotency-Key works as on POST /v1/shipments.""",
            responses = @ApiResponse(responseCode = "201", description = "The return booked (or, replayed, the original answer)",
                    content = @Content(schema = @Schema(implementation = ReturnView.class)),
                    headers = {@Header(name = "Location", ref = "#/components/headers/Location"),
                            @Header(name = "Idempotent-Replayed", ref = "#/components/headers/Idempotent-Replayed")}))
    @ExampleBodies(request = {"return-request", "return-standalone-request"}, response = "return")
    @ErrorResponses({404, 409, 422, 502, 503, 504})
    ResponseEntity<String> create(Tenant tenant,
                                  @Parameter(description = "A unique key per return, 1 to 255 printable ASCII characters (e.g. your RMA number)",
                                          schema = @Schema(minLength = 1, maxLength = 255, pattern = "^[\\x20-\\x7E]+$", example = "rma-2001"))
                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                  @Validated({Default.class, LabelPurchase.class}) @RequestBody CreateReturnRequest request) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255
                || !idempotencyKey.chars().allMatch(c -> c >= 0x20 && c <= 0x7e))) {
            throw ApiException.invalid(IDEMPOTENCY_KEY, "must be 1 to 255 printable ASCII characters");
        }
        ReturnService.Booked booked = service.create(tenant.id(), idempotencyKey, request);
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                .location(URI.create("/v1/returns/" + booked.returnId()));
        if (booked.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.body(booked.body());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getReturn", summary = "Get a return")
    @ExampleBodies(response = "return")
    @ErrorResponses(404)
    ReturnView get(Tenant tenant, @PathVariable UUID id) {
        return service.get(tenant.id(), id);
    }

    @GetMapping
    @Operation(operationId = "listReturns", summary = "List returns", description = "Newest first; pass next_cursor as cursor for the next page.")
    @ExampleBodies(response = "return-page")
    ReturnPage list(Tenant tenant,
                    @Parameter(description = "only returns in this status") @RequestParam(required = false) TrackingStatus status,
                    @Parameter(description = "only this carrier's returns (its code)") @RequestParam(required = false) String carrier,
                    @Parameter(description = "only the returns of this shipment") @RequestParam(name = "shipment_id", required = false) UUID shipmentId,
                    @Parameter(description = "only returns for this reason") @RequestParam(required = false) ReturnReason reason,
                    @Parameter(description = "only returns with this reference") @RequestParam(required = false) String reference,
                    @Parameter(description = "created at or after (ISO 8601)") @RequestParam(name = "created_from", required = false) OffsetDateTime createdFrom,
                    @Parameter(description = "created before (ISO 8601)") @RequestParam(name = "created_to", required = false) OffsetDateTime createdTo,
                    @Parameter(description = "1 to 100, default 20",
                            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
                    @RequestParam(defaultValue = "20") int limit,
                    @Parameter(description = "the next_cursor of the previous page") @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > ReturnQuery.MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + ReturnQuery.MAX_LIMIT);
        }
        return service.list(tenant.id(), new ReturnQuery(status, carrier, shipmentId, reason, reference,
                createdFrom == null ? null : createdFrom.toInstant(), createdTo == null ? null : createdTo.toInstant(), limit,
                cursor == null ? null : PageCursor.decode(cursor)));
    }

    @PostMapping("/{id}/cancel")
    @Operation(operationId = "cancelReturn", summary = "Cancel a return before pickup", description = """
            Cancels the reverse pickup at the carrier (where the carrier offers cancellation; else it is only marked cancelled,
            carrier_cancelled false). 409 invalid-state once the courier has picked it up.""")
    @ExampleBodies(response = "cancelled-return")
    @ErrorResponses({404, 409, 502, 503, 504})
    ReturnView cancel(Tenant tenant, @PathVariable UUID id) {
        return service.cancel(tenant.id(), id);
    }

    @GetMapping("/{id}/label")
    @Operation(operationId = "getReturnLabel", summary = "Download a return label", description = """
            format: pdf (4x6 in; rendered from the carrier's PNG labels when it issues no PDF), zpl or png. 404 label-not-available
            where the carrier issues none (e.g. Delhivery's courier brings it to the pickup).""",
            responses = @ApiResponse(responseCode = "200", description = "The label document", content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/x-zpl", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))}))
    @ErrorResponses(404)
    ResponseEntity<byte[]> label(Tenant tenant, @PathVariable UUID id,
                                 @Parameter(description = "pdf (default), zpl or png, in any case",
                                         schema = @Schema(type = "string", allowableValues = {"pdf", "zpl", "png"}, defaultValue = "pdf"))
                                 @RequestParam(required = false) String format,
                                 @Parameter(description = "one parcel's label (1 for the first parcel); absent: every parcel's",
                                         schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                                 @RequestParam(required = false) Integer parcel) {
        LabelFormat labelFormat;
        try {
            labelFormat = LabelFormat.valueOf(format == null ? "PDF" : format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("format", "must be pdf, zpl or png");
        }
        byte[] content = service.label(tenant.id(), id, labelFormat, parcel);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(labelFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"return-label-" + id + "." + labelFormat.extension() + "\"")
                .body(content);
    }
}
