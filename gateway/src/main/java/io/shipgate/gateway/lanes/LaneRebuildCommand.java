package io.shipgate.gateway.lanes;

import io.shipgate.gateway.platform.cli.GatewayCommand;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * {@code java -jar gateway.jar lanes rebuild --tenant ID [--from DATE --to DATE]}: records the tenant's finished shipments
 * bought in the period (default: the last 365 days) that lane statistics have not counted yet ({@link LaneRebuild}).
 */
@Component
class LaneRebuildCommand implements GatewayCommand {

    private final LaneRebuild lanes;

    LaneRebuildCommand(LaneRebuild lanes) {
        this.lanes = lanes;
    }

    @Override
    public String name() {
        return "lanes rebuild";
    }

    @Override
    public String usage() {
        return "lanes rebuild --tenant ID [--from YYYY-MM-DD --to YYYY-MM-DD]";
    }

    @Override
    public void run(List<String> arguments, PrintStream out) {
        GatewayCommand.onlyOptions(arguments, List.of("--tenant", "--from", "--to"), List.of());
        String tenant = GatewayCommand.option(arguments, "--tenant");
        if (tenant == null) {
            throw new IllegalArgumentException("--tenant is required");
        }
        UUID tenantId;
        try {
            tenantId = UUID.fromString(tenant);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tenant must be a tenant's id");
        }
        LocalDate to = date(GatewayCommand.option(arguments, "--to"), "--to", LocalDate.now(ZoneOffset.UTC));
        LocalDate from = date(GatewayCommand.option(arguments, "--from"), "--from", to.minusDays(365));
        long started = System.nanoTime();
        long learned = lanes.rebuild(tenantId, from.atStartOfDay().toInstant(ZoneOffset.UTC), to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        out.printf("Learned %,d finished shipments bought %s to %s into the lane statistics of tenant %s in %.1f s%n", learned, from, to,
                tenantId, (System.nanoTime() - started) / 1e9);
    }

    private static LocalDate date(String value, String option, LocalDate otherwise) {
        try {
            return value == null ? otherwise : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date (YYYY-MM-DD)");
        }
    }
}
