package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.spi.AccountField;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.FieldType;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One sandbox carrier account: its credentials and how its simulated carrier behaves. Every
 * behaviour setting is optional and checked: a bad value is an INVALID_REQUEST naming the setting.
 *
 * @param webhookSecret     signs the sandbox's tracking pushes; null when not configured
 * @param failureRate       fraction of calls the carrier answers 503
 * @param timeoutRate       fraction of calls the carrier leaves hanging
 * @param failedAttemptRate fraction of shipments with a failed delivery attempt
 * @param rtoRate           fraction of shipments returned to origin
 * @param trackingStep      time between two tracking events
 * @param currency          the currency the carrier prices in
 */
public record SandboxSettings(String apiKey, String webhookSecret, Duration latency, double failureRate, double timeoutRate,
                              double failedAttemptRate, double rtoRate, Duration trackingStep, String currency) {

    public static final String API_KEY = "api_key";
    public static final String WEBHOOK_SECRET = "webhook_secret";
    public static final String LATENCY_MS = "latency_ms";
    public static final String FAILURE_RATE = "failure_rate";
    public static final String TIMEOUT_RATE = "timeout_rate";
    public static final String FAILED_ATTEMPT_RATE = "failed_attempt_rate";
    public static final String RTO_RATE = "rto_rate";
    public static final String TRACKING_STEP_SECONDS = "tracking_step_seconds";
    public static final String CURRENCY = "currency";

    private static final long MAX_LATENCY_MS = 60_000;
    private static final long MAX_STEP_SECONDS = 86_400;
    private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");

    /** What a sandbox account takes, for the gateway's account forms and checks. */
    public static List<AccountField> accountFields() {
        FieldType fraction = FieldType.decimal("0", "1");
        return List.of(
                AccountField.credential(API_KEY,
                        "Any key up to 512 characters; it names the account at the simulator, which binds each label to it. One starting with 'invalid' is refused"),
                new AccountField(WEBHOOK_SECRET, true, false, "Secret of the X-Sandbox-Signature HMAC on tracking pushes"),
                AccountField.setting(LATENCY_MS, false, "Milliseconds the carrier waits before answering (0 to 60000, default 0)")
                        .withType(FieldType.whole(0, MAX_LATENCY_MS)),
                AccountField.setting(FAILURE_RATE, false, "Fraction of calls answered 503 (0 to 1, default 0)").withType(fraction),
                AccountField.setting(TIMEOUT_RATE, false, "Fraction of calls left hanging for 30 s (0 to 1, default 0)").withType(fraction),
                AccountField.setting(FAILED_ATTEMPT_RATE, false, "Fraction of shipments with a failed delivery attempt (0 to 1, default 0)")
                        .withType(fraction),
                AccountField.setting(RTO_RATE, false, "Fraction of shipments returned to origin (0 to 1, default 0)").withType(fraction),
                AccountField.setting(TRACKING_STEP_SECONDS, false, "Seconds between two tracking events (1 to 86400, default 60)")
                        .withType(FieldType.whole(1, MAX_STEP_SECONDS)),
                AccountField.setting(CURRENCY, false, "ISO 4217 currency of prices (default USD)").withType(FieldType.currency()));
    }

    public static SandboxSettings of(CarrierAccount account) {
        String webhookSecret = account.credentials().get(WEBHOOK_SECRET);
        return new SandboxSettings(
                account.credential(API_KEY),
                webhookSecret == null || webhookSecret.isBlank() ? null : webhookSecret,
                Duration.ofMillis(whole(account, LATENCY_MS, 0, 0, MAX_LATENCY_MS)),
                fraction(account, FAILURE_RATE),
                fraction(account, TIMEOUT_RATE),
                fraction(account, FAILED_ATTEMPT_RATE),
                fraction(account, RTO_RATE),
                Duration.ofSeconds(whole(account, TRACKING_STEP_SECONDS, 60, 1, MAX_STEP_SECONDS)),
                currency(account));
    }

    private static long whole(CarrierAccount account, String name, long fallback, long min, long max) {
        String value = account.setting(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, "must be a whole number from " + min + " to " + max);
    }

    private static double fraction(CarrierAccount account, String name) {
        String value = account.setting(name, null);
        if (value == null) {
            return 0;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (parsed >= 0 && parsed <= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, "must be a fraction from 0 to 1");
    }

    private static String currency(CarrierAccount account) {
        String value = account.setting(CURRENCY, "USD").strip();
        if (!ISO_CURRENCY.matcher(value).matches()) {
            throw invalid(CURRENCY, "must be an ISO 4217 code such as USD");
        }
        return value;
    }

    private static CarrierException invalid(String setting, String problem) {
        return SandboxErrors.invalidSetting(setting, problem);
    }

    /** Never shows the credentials. */
    @Override
    public String toString() {
        return "SandboxSettings[latency=" + latency + ", failureRate=" + failureRate + ", timeoutRate=" + timeoutRate
                + ", failedAttemptRate=" + failedAttemptRate + ", rtoRate=" + rtoRate + ", trackingStep=" + trackingStep
                + ", currency=" + currency + ", credentials hidden]";
    }
}
