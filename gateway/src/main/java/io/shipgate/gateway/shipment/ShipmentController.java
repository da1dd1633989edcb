package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.model.Validation;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.groups.Default;
import org.springframework.http.ContentDisposition;
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
@RequestMapping("/v1/shipments")
@Tag(name = "Shipments", description = "Buy labels, read them back, cancel.")
class ShipmentController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ShipmentService service;

    ShipmentController(ShipmentService service) {
        this.service = service;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a shipment (buy a label)", description = """
            Buys the label on the chosen carrier account and stores the shipment, its labels and a shipment.created event.
            With an Idempotency-Key, the same key and body answer the original response (header Idempotent-Replayed: true),
            the same key with another body is a 422, and concurrent requests with one key buy one label.""",
            responses = @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ShipmentApi.View.class))))
    ResponseEntity<String> create(Tenant tenant,
                                  @Parameter(description = "A unique key per purchase, 1 to 255 printable ASCII characters (e.g. your order id)")
                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                  @Validated({Default.class, Validation.Purchase.class}) @RequestBody ShipmentApi.Create request) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255
                || !idempotencyKey.chars().allMatch(c -> c >= 0x20 && c <= 0x7e))) {
            throw ApiException.invalid(IDEMPOTENCY_KEY, "must be 1 to 255 printable ASCII characters");
        }
        ShipmentService.Purchase purchase = service.create(tenant.id(), idempotencyKey, request);
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON)
                .location(URI.create("/v1/shipments/" + purchase.shipmentId()));
        if (purchase.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.body(purchase.body());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a shipment")
    ShipmentApi.View get(Tenant tenant, @PathVariable UUID id) {
        return service.get(tenant.id(), id);
    }

    @GetMapping
    @Operation(summary = "List shipments", description = "Newest first; pass next_cursor as cursor for the next page.")
    ShipmentApi.Page list(Tenant tenant,
                          @RequestParam(required = false) TrackingStatus status,
                          @RequestParam(required = false) String carrier,
                          @RequestParam(required = false) String reference,
                          @Parameter(description = "created at or after (ISO 8601)") @RequestParam(name = "created_from", required = false) OffsetDateTime createdFrom,
                          @Parameter(description = "created before (ISO 8601)") @RequestParam(name = "created_to", required = false) OffsetDateTime createdTo,
                          @Parameter(description = "1 to 100, default 20") @RequestParam(defaultValue = "20") int limit,
                          @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > ShipmentQuery.MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + ShipmentQuery.MAX_LIMIT);
        }
        return service.list(tenant.id(), new ShipmentQuery(status, carrier, reference,
                createdFrom == null ? null : createdFrom.toInstant(), createdTo == null ? null : createdTo.toInstant(), limit,
                cursor == null ? null : ShipmentQuery.Position.decode(cursor)));
    }

    @GetMapping("/{id}/label")
    @Operation(summary = "Download a label", description = """
            format: pdf (4x6 in; rendered from the carrier's PNG labels when it issues no PDF), zpl or png.
            parcel: one parcel's label; without it, the document of every parcel where the carrier issues one (else parcel 1).""",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = "application/pdf"), @Content(mediaType = "application/x-zpl"), @Content(mediaType = "image/png")}))
    ResponseEntity<byte[]> label(Tenant tenant, @PathVariable UUID id,
                                 @Parameter(description = "pdf (default), zpl or png") @RequestParam(required = false) String format,
                                 @RequestParam(required = false) Integer parcel) {
        LabelFormat labelFormat;
        try {
            // not defaultValue: Spring would apply it to an empty format= too, which is a client's mistake
            labelFormat = LabelFormat.valueOf(format == null ? "PDF" : format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("format", "must be pdf, zpl or png");
        }
        byte[] content = service.label(tenant.id(), id, labelFormat, parcel);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(labelFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"label-" + id + "." + labelFormat.extension() + "\"")
                .body(content);
    }

    @GetMapping("/{id}/documents/{number}")
    @Operation(summary = "Download a document the carrier issued with the label", description = "e.g. its commercial invoice (see the shipment's documents)")
    ResponseEntity<byte[]> document(Tenant tenant, @PathVariable UUID id, @PathVariable int number) {
        TradeDocument document = service.document(tenant.id(), id, number);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName()).build().toString())
                .body(document.content());
    }

    @GetMapping("/{id}/proof-of-delivery")
    @Operation(summary = "Get the carrier's proof of delivery", description = """
            Who signed, when, where, and the carrier's documents (signature image or signed letter, base64).
            409 carrier-invalid-state before delivery; 422 capability-not-supported where the carrier offers none.""")
    ProofOfDelivery proofOfDelivery(Tenant tenant, @PathVariable UUID id) {
        return service.proofOfDelivery(tenant.id(), id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a shipment", description = "Voids the label at the carrier. 409 once the carrier has picked the parcel up.")
    ShipmentApi.View cancel(Tenant tenant, @PathVariable UUID id) {
        return service.cancel(tenant.id(), id);
    }
}
