package io.shipgate.carrier.simulator;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The simulated carrier's services, with their tariff in USD and their transit times. */
enum SandboxService {
    ECONOMY("sandbox_economy", "Sandbox Economy", "ECONOMY", "5.90", "0.85"),
    STANDARD("sandbox_standard", "Sandbox Standard", "STANDARD", "7.90", "1.10"),
    EXPRESS("sandbox_express", "Sandbox Express", "EXPRESS", "14.50", "1.90"),
    OVERNIGHT("sandbox_overnight", "Sandbox Overnight", "OVERNIGHT", "24.00", "2.60"),
    /** Customer returns (reverse pickups) only. */
    RETURN("sandbox_return", "Sandbox Return", "STANDARD", "7.50", "1.00");

    static final List<SandboxService> FORWARD = List.of(ECONOMY, STANDARD, EXPRESS, OVERNIGHT);

    final String code;
    final String displayName;
    final String level;
    /** Price of the first half kilogram in zone 1, USD. */
    final BigDecimal firstHalfKg;
    /** Price of each further half kilogram in zone 1, USD. */
    final BigDecimal additionalHalfKg;

    SandboxService(String code, String displayName, String level, String firstHalfKg, String additionalHalfKg) {
        this.code = code;
        this.displayName = displayName;
        this.level = level;
        this.firstHalfKg = new BigDecimal(firstHalfKg);
        this.additionalHalfKg = new BigDecimal(additionalHalfKg);
    }

    static Optional<SandboxService> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** Overnight is domestic only; everything else goes everywhere. */
    boolean offeredOn(Lane lane) {
        return this != OVERNIGHT || lane.domestic();
    }

    /** Business days in transit for a price zone (1-8 domestic, 9-10 abroad). */
    int transitDays(int zone) {
        boolean abroad = zone >= 9;
        return switch (this) {
            case ECONOMY -> abroad ? (zone == 9 ? 8 : 12) : 2 + (zone + 1) / 2;
            case STANDARD -> abroad ? (zone == 9 ? 5 : 7) : 1 + (zone + 2) / 3;
            case EXPRESS -> abroad ? (zone == 9 ? 2 : 3) : (zone <= 4 ? 1 : 2);
            case OVERNIGHT -> 1;
            case RETURN -> abroad ? (zone == 9 ? 6 : 8) : 2 + (zone + 2) / 3;
        };
    }

    /** Express and overnight guarantee their delivery date within a country. */
    boolean guaranteed(Lane lane) {
        return (this == EXPRESS || this == OVERNIGHT) && lane.domestic();
    }
}
