package io.shipgate.gateway;

import io.shipgate.gateway.platform.cli.GatewayCommandLine;
import io.shipgate.gateway.tenant.AdminCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Shipgate: one REST API in front of many carriers. Scans the gateway and the routes module.
 * {@code java -jar gateway.jar tenants ...} or {@code keys ...} runs the operator's command line instead;
 * {@code demo history ...}, {@code edd backtest ...}, {@code lanes rebuild ...} and {@code console-users create ...} run a feature's command on the
 * application without its web server ({@link GatewayCommandLine}).
 */
@SpringBootApplication(scanBasePackages = "io.shipgate")
@ConfigurationPropertiesScan("io.shipgate")
public class ShipgateApplication {

    public static void main(String[] args) {
        if (AdminCommandLine.handles(args)) {
            System.exit(AdminCommandLine.run(args, System.out, System.err));
        }
        if (GatewayCommandLine.handles(args)) {
            System.exit(GatewayCommandLine.run(ShipgateApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(ShipgateApplication.class, args);
    }
}
