package io.shipgate.gateway.demo;

import io.shipgate.gateway.platform.cli.GatewayCommand;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * {@code java -jar gateway.jar demo history --shipments N [--tenant ID] [--seed N] [--from DATE --to DATE]}: finished
 * history of the sandbox carrier ({@link DemoHistory}). Without dates: the 180 days ending 30 days ago, so every
 * shipment has finished by now.
 */
@Component
class DemoHistoryCommand implements GatewayCommand {

    static final int MAX_SHIPMENTS = 2_000_000;

    private final DemoHistory history;
    private final Clock clock;

    DemoHistoryCommand(DemoHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "demo history";
    }

    @Override
    public String usage() {
        return "demo history --shipments N [--tenant ID] [--seed N] [--from YYYY-MM-DD --to YYYY-MM-DD]";
    }

    @Override
    public void run(List<String> arguments, PrintStream out) {
        GatewayCommand.onlyOptions(arguments, List.of("--shipments", "--tenant", "--seed", "--from", "--to"), List.of());
        String count = GatewayCommand.option(arguments, "--shipments");
        if (count == null) {
            throw new IllegalArgumentException("--shipments is required");
        }
        int shipments = whole(count, "--shipments");
        if (shipments < 1 || shipments > MAX_SHIPMENTS) {
            throw new IllegalArgumentException("--shipments must be from 1 to " + MAX_SHIPMENTS);
        }
        String tenant = GatewayCommand.option(arguments, "--tenant");
        String seed = GatewayCommand.option(arguments, "--seed");
        LocalDate to = date(GatewayCommand.option(arguments, "--to"), "--to");
        LocalDate from = date(GatewayCommand.option(arguments, "--from"), "--from");
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("--from and --to go together");
        }
        if (to == null) {
            to = LocalDate.now(clock).minusDays(30);
            from = to.minusDays(179);
        }
        DemoHistory.Result result = history.generate(tenant == null ? null : uuid(tenant), shipments, from, to,
                seed == null ? 1 : whole(seed, "--seed"));
        out.printf("Generated %,d finished shipments of the sandbox carrier bought %s to %s for tenant %s (account %s):%n",
                result.shipments(), from, to, result.tenantId(), result.carrierAccountId());
        out.printf("  %,d delivered, %,d returned to origin, %,d with a failed delivery attempt%n", result.delivered(),
                result.returnedToOrigin(), result.failedAttempts());
        out.printf("  drawn in %.1f s, stored in %.1f s (%.1f s in all)%n", result.drawing().toMillis() / 1000.0,
                result.storing().toMillis() / 1000.0, (result.drawing().toMillis() + result.storing().toMillis()) / 1000.0);
        out.printf("  learned into the lane statistics of the live EDD: %,d shipments in %.1f s%n", result.learned(),
                result.learning().toMillis() / 1000.0);
        out.println("Next: java -jar gateway.jar edd backtest --tenant " + result.tenantId() + " --from " + from.plusDays(60) + " --to " + to);
    }

    private static int whole(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number");
        }
    }

    private static LocalDate date(String value, String option) {
        try {
            return value == null ? null : LocalDate.parse(value);
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
