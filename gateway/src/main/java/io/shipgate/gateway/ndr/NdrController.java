package io.shipgate.gateway.ndr;

import io.shipgate.gateway.platform.paging.PageCursor;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.tenant.CurrentApiKey;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/v1/ndr")
@Tag(name = "NDR", description = "Failed deliveries (non-delivery reports): the cases, their history and the actions sent to the carrier "
        + "(docs/operations.md, \"NDR (failed deliveries)\").")
class NdrController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Set<String> STATUSES = Set.of(NdrCase.OPEN, NdrCase.ACTIONED, NdrCase.CLOSED);
    private static final Duration MAX_AGE = Duration.ofDays(3650);

    private final NdrService service;
    private final Clock clock;

    NdrController(NdrService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "listNdrCases", summary = "List NDR cases", description = "Newest first; pass next_cursor as cursor for the next page.")
    @ExampleBodies(response = "ndr-case-page")
    NdrCasePage list(Tenant tenant,
                     @Parameter(description = "open, actioned or closed", schema = @Schema(allowableValues = {"open", "actioned", "closed"}))
                     @RequestParam(required = false) String status,
                     @Parameter(description = "only this carrier's cases (its code)") @RequestParam(required = false) String carrier,
                     @Parameter(description = "only cases whose last failed attempt had this reason") @RequestParam(required = false) NdrReason reason,
                     @Parameter(description = "only cases with exactly this many failed attempts (1 to 20)")
                     @RequestParam(required = false) Integer attempts,
                     @Parameter(description = "only cases raised longer ago than this (ISO 8601 duration, e.g. PT24H or P2D)")
                     @RequestParam(name = "older_than", required = false) String olderThan,
                     @Parameter(description = "only cases raised within this (ISO 8601 duration, e.g. PT24H)")
                     @RequestParam(name = "newer_than", required = false) String newerThan,
                     @Parameter(description = "1 to 100, default 20",
                             schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
                     @RequestParam(defaultValue = "20") int limit,
                     @Parameter(description = "the next_cursor of the previous page") @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > NdrCaseQuery.MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + NdrCaseQuery.MAX_LIMIT);
        }
        String wanted = status == null ? null : status.strip().toLowerCase(Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw ApiException.invalid("status", "must be open, actioned or closed");
        }
        if (attempts != null && (attempts < 1 || attempts > NdrPolicyRules.MAX_ATTEMPTS)) {
            throw ApiException.invalid("attempts", "must be between 1 and " + NdrPolicyRules.MAX_ATTEMPTS);
        }
        Instant now = clock.instant();
        return service.list(tenant.id(), new NdrCaseQuery(wanted, carrier == null ? null : carrier.strip().toLowerCase(Locale.ROOT), reason,
                attempts, age(olderThan, "older_than", now), age(newerThan, "newer_than", now), limit,
                cursor == null ? null : PageCursor.decode(cursor)));
    }

    private static Instant age(String duration, String field, Instant now) {
        if (duration == null) {
            return null;
        }
        try {
            Duration age = Duration.parse(duration.strip());
            if (age.isNegative() || age.compareTo(MAX_AGE) > 0) {
                throw ApiException.invalid(field, "must be a positive ISO 8601 duration up to 10 years, e.g. PT24H or P2D");
            }
            return now.minus(age);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "must be an ISO 8601 duration, e.g. PT24H or P2D");
        }
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getNdrCase", summary = "Get an NDR case with its history (failed attempts and actions)")
    @ExampleBodies(response = "ndr-case")
    @ErrorResponses(404)
    NdrCaseView get(Tenant tenant, @PathVariable UUID id) {
        return service.get(tenant.id(), id);
    }

    @PostMapping(path = "/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createNdrAction", summary = "Act on an NDR case (sent to the carrier)", description = """
            re_attempt, reschedule (deferred_date within the carrier's window), change_address (new_address), change_phone (new_phone)
            or return_to_origin, sent to the carrier and recorded with its answer: accepted, pending (carrier_request_id) or rejected
            (carrier_message). One action per failed attempt (a rejected one aside). With an Idempotency-Key, the same key and body
            answer the first answer (Idempotent-Replayed: true) without calling the carrier again.""",
            responses = @ApiResponse(responseCode = "201", description = "The action, with the carrier's answer",
                    content = @Content(schema = @Schema(implementation = NdrActionView.class)),
                    headers = {@Header(name = "Location", ref = "#/components/headers/Location"),
                            @Header(name = "Idempotent-Replayed", ref = "#/components/headers/Idempotent-Replayed")}))
    @ExampleBodies(request = "ndr-action-request", response = "ndr-action")
    @ErrorResponses({404, 409, 422, 502, 503, 504})
    ResponseEntity<String> act(Tenant tenant, @PathVariable UUID id,
                               @Parameter(description = "A unique key per action, 1 to 255 printable ASCII characters",
                                       schema = @Schema(minLength = 1, maxLength = 255, pattern = "^[\\x20-\\x7E]+$", example = "ndr-7781-1"))
                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                               @Valid @RequestBody CreateNdrActionRequest request) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255
                || !idempotencyKey.chars().allMatch(c -> c >= 0x20 && c <= 0x7e))) {
            throw ApiException.invalid(IDEMPOTENCY_KEY, "must be 1 to 255 printable ASCII characters");
        }
        NdrService.Taken taken = service.act(tenant.id(), id, idempotencyKey, CurrentApiKey.keyId().orElse(null), request);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                .location(URI.create("/v1/ndr/" + id));
        if (taken.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.body(taken.body());
    }
}
