package io.shipgate.gateway.batch;

import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.gateway.platform.json.JsonColumns;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.platform.problem.ProblemHandler;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.shipment.CreateShipmentRequest;
import io.shipgate.gateway.shipment.ShipmentPurchases;
import io.shipgate.gateway.tenant.CurrentApiKey;
import io.shipgate.routes.port.BatchRow;
import io.shipgate.routes.port.BatchRows;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The batch worker's port ({@code routes}' BatchRoute): claims due rows, and buys each through
 * {@link ShipmentPurchases}, the purchase path of {@code POST /v1/shipments}, with the Idempotency-Key
 * {@value #KEY_PREFIX}{@code <reference>}: a row whose purchase went through before (another batch, or this row on a
 * node that stopped before recording it) answers that shipment, and nothing is bought twice.
 */
@Component
class BatchWorkerRows implements BatchRows {

    static final String KEY_PREFIX = "shipgate-batch:";
    /** The carrier's trouble, which passes: the row is tried again later. */
    private static final Set<CarrierErrorCategory> PASSING = EnumSet.of(CarrierErrorCategory.UNAVAILABLE, CarrierErrorCategory.TIMEOUT,
            CarrierErrorCategory.RATE_LIMITED, CarrierErrorCategory.UNKNOWN);

    private final JdbcBatches batches;
    private final ShipmentPurchases purchases;
    private final JsonColumns json;
    private final Clock clock;

    BatchWorkerRows(JdbcBatches batches, ShipmentPurchases purchases, JsonColumns json, Clock clock) {
        this.batches = batches;
        this.purchases = purchases;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public List<BatchRow> claimDue(int limit, Instant holdUntil) {
        return batches.claimDue(clock.instant(), holdUntil, limit);
    }

    @Override
    public String buy(BatchRow row) {
        Optional<JdbcBatches.RowToBuy> pending = batches.toBuy(row);
        if (pending.isEmpty()) {
            return "settled_before";
        }
        JdbcBatches.RowToBuy toBuy = pending.get();
        CreateShipmentRequest request = json.read(toBuy.requestJson(), CreateShipmentRequest.class);
        ShipmentPurchases.Purchased purchased;
        try {
            purchased = CurrentApiKey.actingAs(row.tenantId(), toBuy.testMode(),
                    () -> purchases.buy(row.tenantId(), KEY_PREFIX + toBuy.reference(), request));
        } catch (CarrierException e) {
            if (PASSING.contains(e.category())) {
                throw e;
            }
            return failed(row, ProblemHandler.problemOf(e));
        } catch (ApiException e) {
            HttpStatus status = e.status();
            if (status == HttpStatus.CONFLICT || status == HttpStatus.TOO_MANY_REQUESTS || status.is5xxServerError()) {
                throw e;
            }
            return failed(row, e);
        }
        batches.created(row, purchased.shipmentId(), purchased.awb(), purchased.replayed(), clock.instant());
        return purchased.replayed() ? "replayed" : "created";
    }

    private String failed(BatchRow row, ApiException problem) {
        batches.failed(row, json.write(view(problem.toProblemDetail())), problem.getMessage(), clock.instant());
        return "failed";
    }

    /** A problem as a row shows it. */
    static BatchRowProblemView view(ProblemDetail problem) {
        List<BatchFieldErrorView> errors = null;
        if (problem.getProperties() != null && problem.getProperties().get("errors") instanceof List<?> list) {
            errors = list.stream().filter(FieldError.class::isInstance).map(FieldError.class::cast)
                    .map(e -> new BatchFieldErrorView(e.field(), e.message())).toList();
        }
        return new BatchRowProblemView(problem.getType().toString(), problem.getTitle(), problem.getStatus(), problem.getDetail(),
                errors == null || errors.isEmpty() ? null : errors);
    }

    @Override
    public void retryLater(BatchRow row, Instant at, String reason) {
        batches.dueAgain(row, at, reason, true, clock.instant());
    }

    @Override
    public void postpone(BatchRow row, Instant at) {
        batches.dueAgain(row, at, null, false, clock.instant());
    }

    @Override
    public void giveUp(BatchRow row, String reason) {
        ApiException problem = new ApiException(Problems.CARRIER_UNAVAILABLE, HttpStatus.BAD_GATEWAY, "the row was not bought: " + reason);
        batches.failed(row, json.write(view(problem.toProblemDetail())), reason, clock.instant());
    }
}
