package io.shipgate.gateway.shipment;

import io.shipgate.gateway.platform.paging.PageCursor;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.gateway.label.LabelProfile;
import io.shipgate.gateway.label.LabelProfiles;
import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
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
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping("/v1/shipments")
@Tag(name = "Shipments", description = "Buy labels, read them back, cancel.")
class ShipmentController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ShipmentService service;
    private final ShipmentLabels labels;
    private final LabelProfiles labelProfiles;

    ShipmentController(ShipmentService service, ShipmentLabels labels, LabelProfiles labelProfiles) {
        this.service = service;
        this.labels = labels;
        this.labelProfiles = labelProfiles;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createShipment", summary = "Create a shipment (buy a label)", description = """
            Buys the label on the chosen carrier account and stores the shipment, its labels and a shipment.created event.
            With an Idempotency-Key, the same key and body answer the original response (header Idempotent-Replayed: true),
            the same key with another body is a 422, and concurrent requests with one key buy one label.""",
            responses = @ApiResponse(responseCode = "201", description = "The shipment bought (or, replayed, the original answer)",
                    content = @Content(schema = @Schema(implementation = ShipmentView.class)),
                    headers = {@Header(name = "Location", ref = "#/components/headers/Location"),
                            @Header(name = "Idempotent-Replayed", ref = "#/components/headers/Idempotent-Replayed")}))
    @ExampleBodies(request = {"shipment-request", "shipment-international-request"}, response = "shipment")
    @ErrorResponses({409, 422, 502, 503, 504})
    ResponseEntity<String> create(Tenant tenant,
                                  @Parameter(description = "A unique key per purchase, 1 to 255 printable ASCII characters (e.g. your order id)",
                                          schema = @Schema(minLength = 1, maxLength = 255, pattern = "^[\\x20-\\x7E]+$", example = "order-1001"))
                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                  @Validated({Default.class, LabelPurchase.class}) @RequestBody CreateShipmentRequest request) {
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
    @Operation(operationId = "getShipment", summary = "Get a shipment")
    @ExampleBodies(response = "shipment")
    @ErrorResponses(404)
    ShipmentView get(Tenant tenant, @PathVariable UUID id) {
        return service.get(tenant.id(), id);
    }

    @GetMapping
    @Operation(operationId = "listShipments", summary = "List shipments", description = "Newest first; pass next_cursor as cursor for the next page.")
    @ExampleBodies(response = "shipment-page")
    ShipmentPage list(Tenant tenant,
                          @Parameter(description = "only shipments in this status") @RequestParam(required = false) TrackingStatus status,
                          @Parameter(description = "only this carrier's shipments (its code)") @RequestParam(required = false) String carrier,
                          @Parameter(description = "only shipments with this reference") @RequestParam(required = false) String reference,
                          @Parameter(description = "created at or after (ISO 8601)") @RequestParam(name = "created_from", required = false) OffsetDateTime createdFrom,
                          @Parameter(description = "created before (ISO 8601)") @RequestParam(name = "created_to", required = false) OffsetDateTime createdTo,
                          @Parameter(description = "1 to 100, default 20",
                                  schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
                          @RequestParam(defaultValue = "20") int limit,
                          @Parameter(description = "the next_cursor of the previous page") @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > ShipmentQuery.MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + ShipmentQuery.MAX_LIMIT);
        }
        return service.list(tenant.id(), new ShipmentQuery(status, carrier, reference,
                createdFrom == null ? null : createdFrom.toInstant(), createdTo == null ? null : createdTo.toInstant(), limit,
                cursor == null ? null : PageCursor.decode(cursor)));
    }

    @GetMapping("/{id}/label")
    @Operation(operationId = "getLabel", summary = "Download a label", description = """
            format: pdf (4x6 in; rendered from the carrier's PNG labels when it issues no PDF), zpl or png.
            parcel: one parcel's label; without it, the document of every parcel where the carrier issues one (else parcel 1).
            label_profile: rendered for that label profile (its format; format may be left out); without it and without format,
            the tenant's default label profile where it has one.""",
            responses = @ApiResponse(responseCode = "200", description = "The label document", content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/x-zpl", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))}))
    @ErrorResponses({404, 422})
    ResponseEntity<byte[]> label(Tenant tenant, @PathVariable UUID id,
                                 @Parameter(description = "pdf (default), zpl or png, in any case",
                                         schema = @Schema(type = "string", allowableValues = {"pdf", "zpl", "png"}, defaultValue = "pdf"))
                                 @RequestParam(required = false) String format,
                                 @Parameter(description = "one parcel's label (1 for the first parcel); absent: every parcel's",
                                         schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                                 @RequestParam(required = false) Integer parcel,
                                 @Parameter(description = "a label profile's id (GET /v1/label-profiles): the label rendered for it")
                                 @RequestParam(name = "label_profile", required = false) UUID labelProfile) {
        Optional<LabelProfile> profile = labelProfile != null || format == null
                ? labelProfiles.choose(tenant.id(), labelProfile, null) : Optional.empty();
        if (profile.isPresent()) {
            LabelFormat profileFormat = profile.get().format();
            if (format != null && !format.equalsIgnoreCase(profileFormat.name())) {
                throw ApiException.invalid("format", "must be the label profile's (" + profileFormat.name().toLowerCase(Locale.ROOT)
                        + ") or left out");
            }
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(profileFormat.mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"label-" + id + "." + profileFormat.extension() + "\"")
                    .body(labels.render(profile.get(), tenant.id(), id, parcel));
        }
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
    @Operation(operationId = "getShipmentDocument", summary = "Download a document the carrier issued with the label",
            description = "e.g. its commercial invoice (see the shipment's documents); in the media type the carrier issued it in",
            responses = @ApiResponse(responseCode = "200", description = "The document", content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))}))
    @ErrorResponses(404)
    ResponseEntity<byte[]> document(Tenant tenant, @PathVariable UUID id, @PathVariable int number) {
        TradeDocument document = service.document(tenant.id(), id, number);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName()).build().toString())
                .body(document.content());
    }

    @GetMapping("/{id}/proof-of-delivery")
    @Operation(operationId = "getProofOfDelivery", summary = "Get the carrier's proof of delivery", description = """
            Who signed, when, where, and the carrier's documents (signature image or signed letter, base64).
            409 carrier-invalid-state before delivery; 422 capability-not-supported where the carrier offers none.""")
    @ExampleBodies(response = "proof-of-delivery")
    @ErrorResponses({404, 409, 422, 502, 503, 504})
    ProofOfDeliveryView proofOfDelivery(Tenant tenant, @PathVariable UUID id) {
        return service.proofOfDelivery(tenant.id(), id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(operationId = "cancelShipment", summary = "Cancel a shipment",
            description = """
                    Voids the label at the carrier (outcome cancelled). Once the carrier has picked the parcel up, the cancellation
                    becomes a return to origin where the carrier offers one (outcome rto_requested, status RTO_REQUESTED, then the
                    carrier's RTO_* statuses); 409 invalid-state where it does not, and once delivered.""")
    @ExampleBodies(response = "cancelled-shipment")
    @ErrorResponses({404, 409, 422, 502, 503, 504})
    ShipmentCancellationView cancel(Tenant tenant, @PathVariable UUID id) {
        return service.cancel(tenant.id(), id);
    }
}
