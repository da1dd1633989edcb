package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.db.DataDirectoryInUseException;
import io.shipgate.gateway.platform.db.EmbeddedDatabaseConfiguration;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.ClockConfiguration;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The operator's command line, on the gateway's own jar: tenants and API keys without the web
 * server, against the configured database (the embedded one in its data directory, or
 * {@code SHIPGATE_DB_URL}). A new key is printed once.
 * <pre>
 * java -jar gateway.jar tenants create NAME
 * java -jar gateway.jar tenants list
 * java -jar gateway.jar keys create --tenant ID [--test | --publishable] [--name NAME]
 * java -jar gateway.jar keys create --operator [--name NAME]
 * java -jar gateway.jar keys list --tenant ID | --operator
 * java -jar gateway.jar keys revoke ID
 * </pre>
 * Other {@code --name=value} options are Spring properties (e.g. {@code --spring.datasource.url=...}).
 * With the embedded database, a running gateway holds its data directory: the command fails and
 * says so (stop the gateway, or use the admin API).
 */
public final class AdminCommandLine {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Set<String> COMMANDS = Set.of("tenants", "keys");
    private static final String USAGE_TEXT = """
            usage: java -jar gateway.jar tenants create NAME
                   java -jar gateway.jar tenants list
                   java -jar gateway.jar keys create --tenant ID [--test | --publishable] [--name NAME]
                   java -jar gateway.jar keys create --operator [--name NAME]
                   java -jar gateway.jar keys list --tenant ID | --operator
                   java -jar gateway.jar keys revoke ID
            (settings as for the gateway: SHIPGATE_DB_URL..., or --spring.datasource.url=...)""";

    private AdminCommandLine() {
    }

    /** Whether {@code args} is a command of this command line rather than the gateway's options. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs one command; returns the process exit code (0 done, 1 failed, 2 wrong usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Command command;
        try {
            command = Command.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Context.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties("logging.level.root=WARN", "logging.level.org.springframework.boot=OFF",
                        "spring.main.lazy-initialization=false")
                .run(command.springArguments().toArray(String[]::new))) {
            command.execute(context.getBean(TenantService.class), context.getBean(ApiKeyService.class), out);
            return OK;
        } catch (ApiException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            DataDirectoryInUseException inUse = cause(e, DataDirectoryInUseException.class);
            if (inUse != null) {
                err.println("error: the data directory " + inUse.dataDir() + " is locked: a gateway is running on it."
                        + " Stop the gateway and run the command again, or use the admin API (/v1/admin/tenants) with an operator key.");
            } else {
                err.println("error: " + rootMessage(e));
            }
            return FAILED;
        }
    }

    /**
     * The beans the commands need, and nothing of the web server, Camel or the carriers. Not a
     * {@code @Configuration}: the gateway's component scan must not pick it up.
     */
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
            DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class})
    @ComponentScan(basePackageClasses = EmbeddedDatabaseConfiguration.class)
    @Import({ClockConfiguration.class, TenantRepository.class, AllowedOriginsIndex.class, ApiKeyRepository.class, TenantService.class,
            ApiKeyService.class})
    static class Context {
    }

    private record Command(List<String> words, String tenant, boolean test, boolean operator, boolean publishable, String name,
                           List<String> springArguments) {

        static Command parse(String[] args) {
            List<String> words = new ArrayList<>();
            List<String> spring = new ArrayList<>();
            String tenant = null;
            String name = null;
            boolean test = false;
            boolean operator = false;
            boolean publishable = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--tenant" -> tenant = value(args, ++i, arg);
                    case "--name" -> name = value(args, ++i, arg);
                    case "--test" -> test = true;
                    case "--operator" -> operator = true;
                    case "--publishable" -> publishable = true;
                    default -> {
                        if (arg.startsWith("--") && arg.contains("=")) {
                            spring.add(arg);
                        } else if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        } else {
                            words.add(arg);
                        }
                    }
                }
            }
            Command command = new Command(words, tenant, test, operator, publishable, name, spring);
            command.check();
            return command;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private String action() {
            return words.get(0) + (words.size() > 1 ? " " + words.get(1) : "");
        }

        private void check() {
            switch (action()) {
                case "tenants create" -> require(words.size() > 2, "tenants create needs a NAME");
                case "tenants list" -> require(words.size() == 2, "tenants list takes no argument");
                case "keys create" -> {
                    require(words.size() == 2, "keys create takes options only");
                    require(operator != (tenant != null), "keys create needs --tenant ID or --operator");
                    require(!(operator && test), "an operator key is neither live nor test: drop --test");
                    require(!(publishable && (test || operator)), "--publishable goes with --tenant ID only");
                    uuid(tenant);
                }
                case "keys list" -> {
                    require(operator != (tenant != null), "keys list needs --tenant ID or --operator");
                    uuid(tenant);
                }
                case "keys revoke" -> {
                    require(words.size() == 3, "keys revoke needs the key's ID");
                    uuid(words.get(2));
                }
                default -> throw new IllegalArgumentException("unknown command: " + String.join(" ", words));
            }
        }

        void execute(TenantService tenants, ApiKeyService keys, PrintStream out) {
            switch (action()) {
                case "tenants create" -> {
                    TenantView tenant = tenants.create(new CreateTenantRequest(String.join(" ", words.subList(2, words.size())), null));
                    out.println("Tenant created: " + tenant.id() + "  " + tenant.name());
                    out.println("Next: java -jar gateway.jar keys create --tenant " + tenant.id() + " [--test]");
                }
                case "tenants list" -> {
                    out.printf("%-36s  %-20s  %s%n", "ID", "CREATED", "NAME");
                    tenants.list().forEach(t -> out.printf("%-36s  %-20s  %s%n", t.id(), seconds(t.createdAt()), t.name()));
                }
                case "keys create" -> {
                    NewApiKeyView key = operator ? keys.issueOperatorKey(name)
                            : keys.issue(uuid(tenant), new CreateApiKeyRequest(name,
                            publishable ? ApiKeyKind.PUBLISHABLE : test ? ApiKeyKind.TEST : ApiKeyKind.LIVE));
                    out.println("Created " + key.mode().wireName() + " key " + key.id() + (operator ? "" : " for tenant " + tenant)
                            + " (name: " + key.name() + ").");
                    out.println("The key, shown once (only its digest is stored):");
                    out.println(key.key());
                }
                case "keys list" -> {
                    List<ApiKeyView> list = operator ? keys.listOperatorKeys() : keys.list(tenants.get(uuid(tenant)).id());
                    out.printf("%-36s  %-11s  %-12s  %-20s  %-20s  %s%n", "ID", "MODE", "PREFIX", "CREATED", "REVOKED", "NAME");
                    list.forEach(k -> out.printf("%-36s  %-11s  %-12s  %-20s  %-20s  %s%n", k.id(), k.mode().wireName(), k.prefix(),
                            seconds(k.createdAt()), k.revokedAt() == null ? "-" : seconds(k.revokedAt()), k.name()));
                }
                case "keys revoke" -> {
                    ApiKeyView key = keys.revokeAny(uuid(words.get(2)));
                    out.println("Revoked " + key.mode().wireName() + " key " + key.id() + " (" + key.prefix() + "...) at " + key.revokedAt()
                            + ": refused by every running gateway within a second.");
                }
                default -> throw new IllegalStateException(action());
            }
        }

        private static Instant seconds(Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS);
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }

        private static UUID uuid(String id) {
            if (id == null) {
                return null;
            }
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not an id: " + id);
            }
        }
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
