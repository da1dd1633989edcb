package io.shipgate.gateway.manifest;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/v1/manifests")
@Tag(name = "Manifests", description = "End-of-day manifests: close the day for a carrier account at a warehouse, print the handover PDF.")
class ManifestController {

    private final ManifestService service;

    ManifestController(ManifestService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createManifest", summary = "Close the day (end-of-day manifest)", description = """
            Collects every shipment of the carrier account at the warehouse not yet on a manifest and not yet picked up (or the
            shipment_ids given, each checked), closes the day at the carrier where it has an end-of-day close (carrier_status CLOSED
            with its manifest number; NOT_SUPPORTED: the manifest is Shipgate's own only), and prints the PDF the courier signs
            (GET document_url). A shipment is on one manifest only: listing a manifested one is a 409.""")
    @ExampleBodies(request = "manifest-request", response = "manifest")
    @ErrorResponses({404, 409, 422, 502, 503, 504})
    ManifestView create(Tenant tenant, @Valid @RequestBody CreateManifestRequest request) {
        return service.create(tenant.id(), request);
    }

    @GetMapping
    @Operation(operationId = "listManifests", summary = "List manifests", description = "Newest first; pass next_cursor as cursor for the next page.")
    @ExampleBodies(response = "manifest-list")
    ManifestList list(Tenant tenant,
                      @Parameter(description = "only this warehouse's") @RequestParam(name = "warehouse_id", required = false) UUID warehouseId,
                      @Parameter(description = "only this carrier account's") @RequestParam(name = "carrier_account_id", required = false) UUID accountId,
                      @Parameter(description = "only manifests of this date") @RequestParam(required = false) LocalDate date,
                      @Parameter(description = "1 to 100, default 20",
                              schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
                      @RequestParam(defaultValue = "20") int limit,
                      @Parameter(description = "the next_cursor of the previous page") @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > ManifestService.MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + ManifestService.MAX_LIMIT);
        }
        UUID after;
        try {
            after = cursor == null ? null : UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor", "must be the next_cursor of a previous page");
        }
        return service.list(tenant.id(), warehouseId, accountId, date, after, limit);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getManifest", summary = "Get a manifest")
    @ExampleBodies(response = "manifest")
    @ErrorResponses(404)
    ManifestView get(Tenant tenant, @PathVariable UUID id) {
        return service.get(tenant.id(), id);
    }

    @GetMapping("/{id}/document")
    @Operation(operationId = "getManifestDocument", summary = "Download the manifest PDF", description = """
            A4: header (carrier, account, warehouse, date), one row per shipment with its AWB as a Code 128 barcode, reference,
            pieces, weight and COD; totals; the courier's and shipper's signature and the handover time lines.""",
            responses = @ApiResponse(responseCode = "200", description = "The manifest PDF",
                    content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))))
    @ErrorResponses(404)
    ResponseEntity<byte[]> document(Tenant tenant, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"manifest-" + id + ".pdf\"")
                .body(service.document(tenant.id(), id));
    }
}
