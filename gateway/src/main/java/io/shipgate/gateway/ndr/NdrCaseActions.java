package io.shipgate.gateway.ndr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.gateway.platform.paging.PageCursor;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * NDR cases for other modules (the console's NDR desk): listed and shown as {@code GET /v1/ndr} shows them, and acted on
 * through the same action path as {@code POST /v1/ndr/{id}/actions} (the same checks, the carrier's ndrAction, the
 * Idempotency-Key mechanism), recorded as done by the actor the caller names. Throws the API's exceptions.
 */
@Component
public class NdrCaseActions {

    /** The actions, as the API names them: re_attempt, reschedule, change_address, change_phone, return_to_origin. */
    public static final List<String> ACTIONS = NdrActionNames.ALL;

    private final NdrService service;
    private final Validator validator;
    private final ObjectMapper json;

    NdrCaseActions(NdrService service, Validator validator, ObjectMapper json) {
        this.service = service;
        this.validator = validator;
        this.json = json;
    }

    /** The days a reschedule may go to, both included. */
    public record RescheduleWindow(LocalDate first, LocalDate last) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    /** An action with the carrier's answer; {@code replayed}: the same Idempotency-Key and request took it before. */
    public record Taken(NdrActionView action, boolean replayed) {
    }

    /**
     * One page of the tenant's cases, newest first.
     *
     * @param status  open, actioned or closed; null for every case
     * @param carrier a carrier code, or null
     * @param reason  the last failed attempt's reason, or null
     * @param limit   1 to 100
     * @param cursor  the previous page's next cursor, or null
     */
    public NdrCasePage list(UUID tenantId, String status, String carrier, NdrReason reason, int limit, String cursor) {
        return service.list(tenantId, new NdrCaseQuery(status, carrier == null ? null : carrier.strip().toLowerCase(Locale.ROOT), reason,
                null, null, null, Math.clamp(limit, 1, NdrCaseQuery.MAX_LIMIT), cursor == null ? null : PageCursor.decode(cursor)));
    }

    /** The tenant's case with its attempts and actions; 404 for an unknown or another tenant's id. */
    public NdrCaseView get(UUID tenantId, UUID caseId) {
        return service.get(tenantId, caseId);
    }

    public RescheduleWindow rescheduleWindow(String carrier) {
        List<LocalDate> days = service.rescheduleWindow(carrier);
        return new RescheduleWindow(days.getFirst(), days.getLast());
    }

    /** Checks the request as the API's Bean Validation does, then takes the action as {@code POST /v1/ndr/{id}/actions}. */
    public Taken act(UUID tenantId, UUID caseId, String idempotencyKey, String actor, CreateNdrActionRequest request) {
        List<FieldError> errors = validator.validate(request).stream()
                .map(NdrCaseActions::fieldError).sorted(Comparator.comparing(FieldError::field)).toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        NdrService.Taken taken = service.act(tenantId, caseId, idempotencyKey, actor, request);
        try {
            return new Taken(json.readValue(taken.body(), NdrActionView.class), taken.replayed());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FieldError fieldError(ConstraintViolation<CreateNdrActionRequest> violation) {
        String path = violation.getPropertyPath().toString().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return new FieldError(path, violation.getMessage());
    }
}
