package io.shipgate.gateway.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shipgate.gateway.platform.cli.GatewayCommand;
import io.shipgate.gateway.tenant.TenantService;
import io.shipgate.gateway.tenant.TenantView;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * {@code java -jar gateway.jar edd backtest [--tenant ID] --from DATE --to DATE [--confidence 0.9] [--json]}: the EDD
 * backtest of a tenant (without {@code --tenant}: the demo tenant), printed as tables or as the JSON of
 * {@code GET /v1/edd/accuracy}.
 */
@Component
class EddBacktestCommand implements GatewayCommand {

    /** The demo module's tenant (demo.DemoTenant), the default. */
    static final String DEMO_TENANT = "Demo store";

    private final EddAccuracyService accuracy;
    private final TenantService tenants;
    private final ObjectMapper json;

    EddBacktestCommand(EddAccuracyService accuracy, TenantService tenants, ObjectMapper json) {
        this.accuracy = accuracy;
        this.tenants = tenants;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public String name() {
        return "edd backtest";
    }

    @Override
    public String usage() {
        return "edd backtest [--tenant ID] --from YYYY-MM-DD --to YYYY-MM-DD [--confidence 0.9] [--json]";
    }

    @Override
    public void run(List<String> arguments, PrintStream out) {
        GatewayCommand.onlyOptions(arguments, List.of("--tenant", "--from", "--to", "--confidence"), List.of("--json"));
        LocalDate from = date(GatewayCommand.option(arguments, "--from"), "--from");
        LocalDate to = date(GatewayCommand.option(arguments, "--to"), "--to");
        String confidenceText = GatewayCommand.option(arguments, "--confidence");
        double confidence;
        try {
            confidence = confidenceText == null ? 0.9 : Double.parseDouble(confidenceText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--confidence must be a number from 0.5 to 0.99");
        }
        String tenantText = GatewayCommand.option(arguments, "--tenant");
        TenantView tenant = tenantText != null ? tenants.get(uuid(tenantText)) : tenants.list().stream()
                .filter(t -> t.name().equals(DEMO_TENANT)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no demo tenant: name one with --tenant ID"));
        long started = System.nanoTime();
        EddAccuracy result = accuracy.replay(tenant.id(), from, to, confidence);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (arguments.contains("--json")) {
            try {
                out.println(json.writeValueAsString(result));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        out.printf("EDD backtest of tenant %s, shipments bought %s to %s, window at confidence %.2f (%.1f s)%n%n", tenant.id(), from, to,
                confidence, seconds);
        out.println(table(result));
    }

    /** The figures as plain-text tables: per service, then each one's calibration. */
    static String table(EddAccuracy result) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%-20s %8s %8s %6s | %7s %7s %7s %7s | %7s %7s %7s%n", "service", "ships", "deliv", "RTO",
                "window", "on-time", "MAE d", "MAE bd", "prom ot", "prom d", "prom bd"));
        List<ServiceAccuracy> rows = new java.util.ArrayList<>(result.services());
        rows.add(result.overall());
        for (ServiceAccuracy a : rows) {
            s.append(String.format("%-20s %8d %8d %6d | %6.1f%% %6.1f%% %7.2f %7.2f | %6.1f%% %7.2f %7.2f%n",
                    a.service().equals("*") ? "all" : a.service(), a.shipments(), a.delivered(), a.returnedToOrigin(),
                    100 * a.withinWindow(), 100 * a.onTime(), a.maeDays(), a.maeBusinessDays(), 100 * a.carrierPromise().onTime(),
                    a.carrierPromise().maeDays(), a.carrierPromise().maeBusinessDays()));
        }
        s.append(String.format("%nCalibration: share delivered by each percentile's date (realised) against the probability the%n"
                + "prediction gave that date (predicted); interpolated counts a delivery on the date as the part of the day the%n"
                + "percentile covers, to compare with nominal.%n"));
        for (ServiceAccuracy a : rows) {
            s.append(String.format("%n%-20s %9s %9s %9s %12s%n", a.service().equals("*") ? "all" : a.service(), "nominal", "predicted",
                    "realised", "interpolated"));
            for (ServiceAccuracy.Calibration c : a.calibration()) {
                s.append(String.format("  p%-17d %8.1f%% %8.1f%% %8.1f%% %11.1f%%%n", c.percentile(), 100 * c.nominal(), 100 * c.predicted(),
                        100 * c.realised(), 100 * c.realisedInterpolated()));
            }
        }
        return s.toString();
    }

    private static LocalDate date(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " is required");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date (YYYY-MM-DD)");
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tenant must be a tenant's id");
        }
    }
}
