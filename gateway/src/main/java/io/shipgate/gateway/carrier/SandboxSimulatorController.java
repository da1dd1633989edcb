package io.shipgate.gateway.carrier;

import io.shipgate.carrier.sandbox.simulator.SandboxSimulator;
import io.shipgate.carrier.sandbox.simulator.SimulatorResponse;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the sandbox carrier's simulated API under {@value CarrierEndpoints#SANDBOX_PATH}, so the
 * sandbox carrier works with nothing else running. It is a stand-in for a carrier's servers,
 * reached over real HTTP by the sandbox adapter like any carrier, and not part of the v1 API.
 */
@Hidden
@RestController
@ConditionalOnProperty(name = "shipgate.sandbox-carrier.simulator-enabled", havingValue = "true", matchIfMissing = true)
class SandboxSimulatorController {

    private final SandboxSimulator simulator;

    SandboxSimulatorController(Clock clock) {
        this.simulator = new SandboxSimulator(clock);
    }

    @RequestMapping(CarrierEndpoints.SANDBOX_PATH + "/**")
    ResponseEntity<byte[]> handle(HttpServletRequest request) throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        String path = request.getRequestURI().substring(request.getContextPath().length() + CarrierEndpoints.SANDBOX_PATH.length());
        SimulatorResponse response = simulator.handle(request.getMethod(), path, request.getQueryString(), headers,
                request.getInputStream().readAllBytes());
        return ResponseEntity.status(response.status())
                .header(HttpHeaders.CONTENT_TYPE, response.contentType())
                .body(response.body());
    }
}
