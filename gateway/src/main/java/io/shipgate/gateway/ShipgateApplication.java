package io.shipgate.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Shipgate: one REST API in front of many carriers. Scans the gateway and the routes module. */
@SpringBootApplication(scanBasePackages = "io.shipgate")
@ConfigurationPropertiesScan("io.shipgate")
public class ShipgateApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShipgateApplication.class, args);
    }
}
