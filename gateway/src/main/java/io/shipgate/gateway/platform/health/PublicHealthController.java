package io.shipgate.gateway.platform.health;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code GET /actuator/health} on the API port, for load balancers and uptime checks: the status
 * only ({@code {"status":"UP"}}, 503 when down), without the components. The details, Prometheus
 * and every other actuator endpoint are on the management port (127.0.0.1 by default). A health
 * group's {@code additional-path} cannot serve this path: it takes a single path segment.
 */
@Hidden
@RestController
class PublicHealthController {

    private final HealthEndpoint health;
    private final HttpCodeStatusMapper statusCodes;

    PublicHealthController(HealthEndpoint health, HttpCodeStatusMapper statusCodes) {
        this.health = health;
        this.statusCodes = statusCodes;
    }

    @GetMapping(path = "/actuator/health", produces = "application/json")
    ResponseEntity<Map<String, String>> status() {
        HealthComponent current = health.health();
        return ResponseEntity.status(statusCodes.getStatusCode(current.getStatus()))
                .body(Map.of("status", current.getStatus().getCode()));
    }
}
