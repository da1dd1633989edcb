package io.shipgate.gateway.backtest;

import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@RestController
@Tag(name = "EDD")
class EddAccuracyController {

    private final EddAccuracyService accuracy;

    EddAccuracyController(EddAccuracyService accuracy) {
        this.accuracy = accuracy;
    }

    @GetMapping("/v1/edd/accuracy")
    @Operation(operationId = "getEddAccuracy", summary = "How accurate the EDD was on your shipments", description = """
            The EDD backtest on the tenant's finished shipments bought from `from` to `to` (at most 366 days): replayed in time \
            order, each predicted at its purchase from the deliveries finished before it, with the live EDD's learner and \
            calculator. Per carrier service and overall: the share delivered within the window at the confidence, on time against \
            the p50 date, the mean absolute error of the p50 date, the calibration of each percentile, and the same for the \
            carriers' promised dates. Computed on request and kept for a few minutes per period (docs/decide.md, "Backtest").""")
    @ExampleBodies(response = "edd-accuracy")
    EddAccuracy get(Tenant tenant,
                    @Parameter(description = "the first day of the period (YYYY-MM-DD)", required = true,
                            schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String from,
                    @Parameter(description = "the last day of the period (YYYY-MM-DD), at most 365 days after from", required = true,
                            schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String to,
                    @Parameter(description = "the confidence of the counted window, 0.5 to 0.99, default 0.9",
                            schema = @Schema(type = "number", format = "double", minimum = "0.5", maximum = "0.99", defaultValue = "0.9"))
                    @RequestParam(required = false) String confidence) {
        return accuracy.accuracy(tenant.id(), date("from", from), date("to", to), confidence(confidence));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "is required (a date, YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "must be a date (YYYY-MM-DD)");
        }
    }

    private static double confidence(String value) {
        if (value == null || value.isBlank()) {
            return 0.9;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("confidence", "must be a number from 0.5 to 0.99");
        }
    }
}
