package io.shipgate.carrier.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the simulated carrier behaves for one request, read from the {@code X-Sandbox-*} headers
 * (see {@link SandboxSimulator} for their meaning and defaults). A header with a bad value is
 * answered 400 naming the header.
 *
 * @param failureRate       fraction of requests answered 503
 * @param timeoutRate       fraction of requests that hang for {@link SandboxSimulator#HANG}
 * @param failedAttemptRate fraction of shipments with one failed delivery attempt
 * @param rtoRate           fraction of shipments returned to origin
 * @param step              time between two tracking events
 */
record Simulation(Duration latency, double failureRate, double timeoutRate, double failedAttemptRate, double rtoRate,
                  Duration step, String currency) {

    private static final long MAX_LATENCY_MS = 60_000;
    private static final long MAX_STEP_SECONDS = 86_400;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** Reads the headers; {@code headers} must look names up case-insensitively. */
    static Simulation from(Map<String, String> headers) {
        return new Simulation(
                Duration.ofMillis(whole(headers, SandboxSimulator.LATENCY_MS, 0, 0, MAX_LATENCY_MS)),
                rate(headers, SandboxSimulator.FAILURE_RATE),
                rate(headers, SandboxSimulator.TIMEOUT_RATE),
                rate(headers, SandboxSimulator.FAILED_ATTEMPT_RATE),
                rate(headers, SandboxSimulator.RTO_RATE),
                Duration.ofSeconds(whole(headers, SandboxSimulator.STEP_SECONDS, 60, 1, MAX_STEP_SECONDS)),
                currency(headers));
    }

    private static long whole(Map<String, String> headers, String name, long fallback, long min, long max) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw SimulatorError.validation(name, name + " must be a whole number from " + min + " to " + max);
    }

    private static double rate(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (parsed >= 0 && parsed <= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw SimulatorError.validation(name, name + " must be a fraction from 0 to 1");
    }

    private static String currency(Map<String, String> headers) {
        String value = headers.getOrDefault(SandboxSimulator.CURRENCY, "USD").strip();
        if (!CURRENCY.matcher(value).matches()) {
            throw SimulatorError.validation(SandboxSimulator.CURRENCY, SandboxSimulator.CURRENCY + " must be an ISO 4217 code such as USD");
        }
        return value;
    }
}
