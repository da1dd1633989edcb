package io.shipgate.gateway.console;

import io.shipgate.gateway.platform.cli.GatewayCommand;
import io.shipgate.gateway.tenant.TenantService;
import io.shipgate.gateway.tenant.TenantView;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code java -jar gateway.jar console-users create --tenant ID --email EMAIL --role admin|warehouse [--name NAME]}: a
 * console user with a generated password, printed once (only its hash is stored), like {@code keys create}'s key. For
 * the first admin of a tenant, who then manages the others at {@code /console/admin/users}.
 */
@Component
class ConsoleUsersCommand implements GatewayCommand {

    private final ConsoleUserService users;
    private final TenantService tenants;

    ConsoleUsersCommand(ConsoleUserService users, TenantService tenants) {
        this.users = users;
        this.tenants = tenants;
    }

    @Override
    public String name() {
        return "console-users create";
    }

    @Override
    public String usage() {
        return "console-users create --tenant ID --email EMAIL --role admin|warehouse [--name NAME]";
    }

    @Override
    public void run(List<String> arguments, PrintStream out) {
        GatewayCommand.onlyOptions(arguments, List.of("--tenant", "--email", "--role", "--name"), List.of());
        String tenant = required(arguments, "--tenant");
        String email = required(arguments, "--email");
        String roleName = required(arguments, "--role");
        UUID tenantId;
        try {
            tenantId = UUID.fromString(tenant);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tenant must be a tenant's id");
        }
        ConsoleRole role = switch (roleName.toLowerCase(Locale.ROOT)) {
            case "admin" -> ConsoleRole.ADMIN;
            case "warehouse" -> ConsoleRole.WAREHOUSE;
            default -> throw new IllegalArgumentException("--role must be admin or warehouse");
        };
        String name = GatewayCommand.option(arguments, "--name");
        TenantView owner = tenants.get(tenantId);
        String password = users.createWithNewPassword(tenantId, email, name == null ? email.strip().split("@")[0] : name, role);
        out.println("Created the console user " + email.strip().toLowerCase(Locale.ROOT) + " (" + AdminUsersController.label(role) + ") of tenant "
                + owner.id() + " (" + owner.name() + ").");
        out.println("The password, shown once (only its hash is stored); sign in at /console/login:");
        out.println(password);
    }

    private static String required(List<String> arguments, String option) {
        String value = GatewayCommand.option(arguments, option);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " is required");
        }
        return value;
    }
}
