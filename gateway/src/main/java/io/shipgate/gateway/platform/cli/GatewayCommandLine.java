package io.shipgate.gateway.platform.cli;

import io.shipgate.gateway.platform.db.DataDirectoryInUseException;
import io.shipgate.gateway.platform.problem.ApiException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a {@link GatewayCommand}: the gateway's application context without a listening web server
 * ({@code server.port=-1}), its background jobs (push
 * intake, tracking poller, webhook dispatcher, reconciler, purges) and the sandbox simulator, against the configured
 * database (the embedded one in its data directory, or {@code SHIPGATE_DB_URL}); then the command; then it stops.
 * {@code --name=value} arguments are Spring properties. With the embedded database a running gateway holds the data
 * directory: the command fails and says so.
 */
public final class GatewayCommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** The first words of the commands it runs (a command's bean is found once the context runs). */
    private static final Set<String> FIRST_WORDS = Set.of("demo", "edd", "lanes", "console-users");

    private static final String[] QUIET = {
            "server.port=-1", "management.server.port=-1", "logging.level.root=WARN", "logging.level.org.springframework.boot=OFF", "logging.level.io.shipgate.gateway.demo=INFO", "logging.level.org.springdoc=ERROR", "logging.level.org.springframework.core.events=ERROR",
            "shipgate.tracking.intake.enabled=false", "shipgate.tracking.intake.purge.enabled=false",
            "shipgate.tracking.polling.enabled=false", "shipgate.idempotency.purge.enabled=false",
            "shipgate.purchases.reconciler.enabled=false", "shipgate.outbox.purge.enabled=false",
            "shipgate.webhooks.dispatcher.enabled=false", "shipgate.sandbox-carrier.simulator-enabled=false"};

    private GatewayCommandLine() {
    }

    /** The settings above as command-line options (which application.yml cannot override), then the caller's. */
    private static String[] arguments(List<String> spring) {
        List<String> all = new ArrayList<>();
        for (String setting : QUIET) {
            all.add("--" + setting);
        }
        all.addAll(spring);
        return all.toArray(String[]::new);
    }

    public static boolean handles(String[] args) {
        return args.length > 1 && FIRST_WORDS.contains(args[0]);
    }

    /** Runs the command {@code args} names on the application {@code application}; returns the exit code. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        String name = args[0] + " " + args[1];
        List<String> arguments = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            (args[i].startsWith("--") && args[i].contains("=") ? spring : arguments).add(args[i]);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                // a web application context (the security configuration needs one) whose server never listens
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run(arguments(spring))) {
            GatewayCommand command = context.getBeansOfType(GatewayCommand.class).values().stream()
                    .filter(c -> c.name().equals(name)).findFirst().orElse(null);
            if (command == null) {
                err.println("unknown command: " + name);
                context.getBeansOfType(GatewayCommand.class).values().forEach(c -> err.println("usage: java -jar gateway.jar " + c.usage()));
                return USAGE;
            }
            try {
                command.run(List.copyOf(arguments), out);
                return OK;
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                err.println("usage: java -jar gateway.jar " + command.usage());
                return USAGE;
            }
        } catch (ApiException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DataDirectoryInUseException inUse) {
                    err.println("error: the data directory " + inUse.dataDir() + " is locked: a gateway is running on it."
                            + " Stop the gateway and run the command again.");
                    return FAILED;
                }
            }
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            err.println("error: " + (root.getMessage() == null ? root.toString() : root.getMessage()));
            return FAILED;
        }
    }
}
