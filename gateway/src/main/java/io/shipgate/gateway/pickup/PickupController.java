package io.shipgate.gateway.pickup;

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
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/v1/pickups")
@Tag(name = "Pickups", description = "Courier pickups at the tenant's warehouses, booked with the carrier (docs/operations.md).")
class PickupController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Set<String> STATUSES = Set.of("SCHEDULED", "CANCELLED");

    private final PickupService service;

    PickupController(PickupService service) {
        this.service = service;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "schedulePickup", summary = "Schedule a pickup", description = """
            Books a courier pickup with the carrier account's carrier for a warehouse, a date and a window. Checked first, naming
            the field: a date in the past, a day the warehouse does not work or a public holiday of its country, a window that
            starts after the warehouse's cut-off (or a same-day booking after it), shipments not awaiting the courier. A window the
            carrier refuses is its problem (422 naming the field). With an Idempotency-Key, the same key and body answer the first
            booking again (Idempotent-Replayed: true) and never book twice.""",
            responses = @ApiResponse(responseCode = "201", description = "The pickup booked (or, replayed, the first answer)",
                    content = @Content(schema = @Schema(implementation = PickupView.class)),
                    headers = {@Header(name = "Location", ref = "#/components/headers/Location"),
                            @Header(name = "Idempotent-Replayed", ref = "#/components/headers/Idempotent-Replayed")}))
    @ExampleBodies(request = "pickup-request", response = "pickup")
    @ErrorResponses({404, 409, 422, 502, 503, 504})
    ResponseEntity<String> schedule(Tenant tenant,
                                    @Parameter(description = "A unique key per booking, 1 to 255 printable ASCII characters",
                                            schema = @Schema(minLength = 1, maxLength = 255, pattern = "^[\\x20-\\x7E]+$", example = "pickup-2026-12-08"))
                                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                    @Valid @RequestBody SchedulePickupRequest request) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255
                || !idempotencyKey.chars().allMatch(c -> c >= 0x20 && c <= 0x7e))) {
            throw ApiException.invalid(IDEMPOTENCY_KEY, "must be 1 to 255 printable ASCII characters");
        }
        PickupService.Booking booking = service.schedule(tenant.id(), idempotencyKey, request);
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                .location(URI.create("/v1/pickups/" + booking.pickupId()));
        if (booking.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.body(booking.body());
    }

    @GetMapping
    @Operation(operationId = "listPickups", summary = "List pickups", description = "Newest first; pass next_cursor as cursor for the next page.")
    @ExampleBodies(response = "pickup-list")
    PickupList list(Tenant tenant,
                    @Parameter(description = "only this warehouse's") @RequestParam(name = "warehouse_id", required = false) UUID warehouseId,
                    @Parameter(description = "only this carrier account's") @RequestParam(name = "carrier_account_id", required = false) UUID accountId,
                    @Parameter(description = "only pickups on this (confirmed) date") @RequestParam(required = false) LocalDate date,
                    @Parameter(description = "SCHEDULED or CANCELLED", schema = @Schema(type = "string", allowableValues = {"SCHEDULED", "CANCELLED"}))
                    @RequestParam(required = false) String status,
                    @Parameter(description = "1 to 100, default 20",
                            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
                    @RequestParam(defaultValue = "20") int limit,
                    @Parameter(description = "the next_cursor of the previous page") @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > PickupService.MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + PickupService.MAX_LIMIT);
        }
        String wanted = status == null ? null : status.toUpperCase(Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw ApiException.invalid("status", "must be SCHEDULED or CANCELLED");
        }
        UUID after;
        try {
            after = cursor == null ? null : UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor", "must be the next_cursor of a previous page");
        }
        return service.list(tenant.id(), warehouseId, accountId, date, wanted, after, limit);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPickup", summary = "Get a pickup")
    @ExampleBodies(response = "pickup")
    @ErrorResponses(404)
    PickupView get(Tenant tenant, @PathVariable UUID id) {
        return service.get(tenant.id(), id);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "cancelPickup", summary = "Cancel a pickup", description = """
            Cancels the pickup at the carrier, then here, and answers it CANCELLED; cancelling twice is no error. 422
            capability-not-supported where the carrier cannot cancel pickups (call it).""")
    @ExampleBodies(response = "cancelled-pickup")
    @ErrorResponses({404, 409, 422, 502, 503, 504})
    PickupView cancel(Tenant tenant, @PathVariable UUID id) {
        return service.cancel(tenant.id(), id);
    }
}
