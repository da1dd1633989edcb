package io.shipgate.gateway.ndr;

import io.shipgate.gateway.platform.paging.PageCursor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.gateway.shipment.IdempotentRequests;
import io.shipgate.gateway.shipment.ShipmentMapper;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.ndr.NdrActionCommand;
import io.shipgate.routes.ndr.NdrActionOutcome;
import io.shipgate.routes.ndr.UnsupportedNdrActionException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/** NDR cases for the API: listed, shown with their history, and acted on through the NDR action route. */
@Service
class NdrService {

    /** Idempotency keys of NDR actions are stored with this prefix, so that they never meet a shipment purchase's. */
    static final String KEY_SCOPE = "ndr-action:";

    private final JdbcNdrCases cases;
    private final JdbcNdrActions actions;
    private final RouteClient routes;
    private final IdempotentRequests keys;
    private final NdrProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    NdrService(JdbcNdrCases cases, JdbcNdrActions actions, RouteClient routes, IdempotentRequests keys, NdrProperties properties,
               ObjectMapper json, Clock clock) {
        this.cases = cases;
        this.actions = actions;
        this.routes = routes;
        this.keys = keys;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** An action's answer: the action's JSON as first sent; {@code replayed}: the same Idempotency-Key and request took it before. */
    record Taken(UUID actionId, String body, boolean replayed) {
    }

    NdrCasePage list(UUID tenantId, NdrCaseQuery query) {
        List<NdrCase> rows = cases.list(tenantId, query);
        List<NdrCaseSummaryView> page = rows.stream().limit(query.limit()).map(NdrService::summary).toList();
        String next = rows.size() > query.limit() ? new PageCursor(page.getLast().createdAt(), page.getLast().id()).encode() : null;
        return new NdrCasePage(page, next);
    }

    NdrCaseView get(UUID tenantId, UUID id) {
        NdrCase c = cases.find(tenantId, id).orElseThrow(() -> ApiException.notFound("NDR case " + id));
        return new NdrCaseView(c.id(), c.shipmentId(), c.awb(), c.carrier(), c.carrierAccountId(), c.status(), c.outcome(), c.reason(),
                c.attempts(), c.outForDeliveryCount(), c.carrierCode(), c.carrierRemarks(), c.firstAttemptAt(), c.lastAttemptAt(),
                c.actionDeadline(), c.paymentMode(), c.orderValue() == null ? null : c.orderValue().toPlainString(), c.orderCurrency(),
                c.destinationCountry(), c.destinationPostalCode(), c.policyId(), c.createdAt(), c.updatedAt(), c.closedAt(),
                cases.attempts(tenantId, id), actions.ofCase(tenantId, id));
    }

    /**
     * Checks everything checkable (the action and its fields, the case open, a reschedule's day within the carrier's
     * window), then sends the action to the route; a replayed Idempotency-Key answers the first answer.
     */
    Taken act(UUID tenantId, UUID caseId, String idempotencyKey, UUID actorKeyId, CreateNdrActionRequest request) {
        return act(tenantId, caseId, idempotencyKey, actorKeyId == null ? "api" : "api_key:" + actorKeyId, request);
    }

    /** {@link #act(UUID, UUID, String, UUID, CreateNdrActionRequest)} by another actor (e.g. {@code customer}: the self-service page). */
    Taken act(UUID tenantId, UUID caseId, String idempotencyKey, String actor, CreateNdrActionRequest request) {
        NdrAction action = check(request);
        NdrCase c = cases.find(tenantId, caseId).orElseThrow(() -> ApiException.notFound("NDR case " + caseId));
        if (c.closed() && idempotencyKey == null) {
            throw NdrCasePort.closed(c);
        }
        if (action == NdrAction.RESCHEDULE) {
            checkWindow(c.carrier(), request.deferredDate());
        }
        String key = idempotencyKey == null ? null : KEY_SCOPE + idempotencyKey;
        String digest = digest(caseId, request);
        NdrActionCommand command = new NdrActionCommand(tenantId, caseId, key, digest, Ids.newId(clock), action, request.deferredDate(),
                ShipmentMapper.toAddress(request.newAddress()), request.newPhone() == null ? null : request.newPhone().strip(),
                request.remarks(), actor, null);
        NdrActionOutcome outcome;
        try {
            outcome = routes.request(Endpoints.NDR_ACTION, command, NdrActionOutcome.class);
        } catch (UnsupportedNdrActionException e) {
            throw new ApiException(Problems.CAPABILITY_NOT_SUPPORTED, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage())
                    .with("carrier", e.carrier()).with("capability", e.capability()).with("ndr_action", NdrActionNames.apiName(e.action()))
                    .with("offered", new TreeSet<>(e.offered().stream().map(NdrActionNames::apiName).toList()));
        }
        return switch (outcome) {
            case NdrActionOutcome.Recorded recorded -> new Taken(recorded.actionId(), firstAnswer(command), false);
            case NdrActionOutcome.Replayed replayed -> new Taken(replayed.actionId(), keys.storedAnswer(tenantId, key, replayed.actionId())
                    .orElseGet(() -> keys.answered(tenantId, key, replayed.actionId(), digest, replayed.actionId(),
                            render(tenantId, replayed.actionId()))), true);
        };
    }

    private String firstAnswer(NdrActionCommand command) {
        String answer = render(command.tenantId(), command.actionId());
        return command.idempotencyKey() == null ? answer : keys.answered(command.tenantId(), command.idempotencyKey(), command.actionId(),
                command.requestHash(), command.actionId(), answer);
    }

    private String render(UUID tenantId, UUID actionId) {
        try {
            return json.writeValueAsString(actions.find(tenantId, actionId).orElseThrow(() -> ApiException.notFound("NDR action " + actionId)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The action and the fields it needs. */
    private static NdrAction check(CreateNdrActionRequest request) {
        NdrAction action = NdrActionNames.parse(request.action()).orElseThrow(() -> ApiException.invalid("action",
                "must be one of " + String.join(", ", NdrActionNames.ALL)));
        List<FieldError> errors = new ArrayList<>();
        if (action == NdrAction.RESCHEDULE && request.deferredDate() == null) {
            errors.add(new FieldError("deferred_date", "is required to reschedule"));
        }
        if (action == NdrAction.CHANGE_ADDRESS && (request.newAddress() == null || blank(request.newAddress().street1())
                || blank(request.newAddress().city()))) {
            errors.add(new FieldError("new_address", "is required to change the address, with street1, city and country"));
        }
        if (action == NdrAction.CHANGE_PHONE && (blank(request.newPhone()) || request.newPhone().chars().filter(Character::isDigit).count() < 6)) {
            errors.add(new FieldError("new_phone", "is required to change the phone: a phone number with at least 6 digits"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return action;
    }

    /** The days a reschedule may go to: from tomorrow (UTC) up to the carrier's {@code reschedule-days} ahead. */
    List<LocalDate> rescheduleWindow(String carrier) {
        LocalDate first = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        return first.datesUntil(first.plusDays(properties.rescheduleDays(carrier))).toList();
    }

    /** A reschedule goes to a day from tomorrow (UTC) up to the carrier's {@code reschedule-days} ahead. */
    private void checkWindow(String carrier, LocalDate day) {
        List<LocalDate> window = rescheduleWindow(carrier);
        LocalDate first = window.getFirst();
        LocalDate last = window.getLast();
        if (day.isBefore(first) || day.isAfter(last)) {
            throw ApiException.invalid("deferred_date", "must be within " + carrier + "'s reschedule window, " + first + " to " + last);
        }
    }

    private String digest(UUID caseId, CreateNdrActionRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(caseId.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(json.writeValueAsBytes(request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static NdrCaseSummaryView summary(NdrCase c) {
        return new NdrCaseSummaryView(c.id(), c.shipmentId(), c.awb(), c.carrier(), c.status(), c.outcome(), c.reason(), c.attempts(),
                c.outForDeliveryCount(), c.carrierRemarks(), c.firstAttemptAt(), c.lastAttemptAt(), c.actionDeadline(), c.paymentMode(),
                c.policyId(), c.createdAt(), c.closedAt());
    }
}
