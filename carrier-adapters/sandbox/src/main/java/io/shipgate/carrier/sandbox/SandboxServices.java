package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.ServiceLevel;

import java.util.Arrays;
import java.util.List;

/** The sandbox's services and label formats, as several operations name them. */
public final class SandboxServices {

    /** Every format the sandbox prints: purchases always ask for all, so the gateway can store them all. */
    public static final List<String> ALL_LABEL_FORMATS = Arrays.stream(LabelFormat.values()).map(Enum::name).toList();

    private SandboxServices() {
    }

    /** The universal service level the sandbox names, or null for a name it should not send. */
    public static ServiceLevel serviceLevel(String name) {
        return Arrays.stream(ServiceLevel.values()).filter(level -> level.name().equals(name)).findFirst().orElse(null);
    }

    /** The sandbox's service for a universal level; the sandbox has no same-day service (NOT_SERVICEABLE). */
    public static String serviceCode(ServiceLevel level) {
        return switch (level) {
            case OVERNIGHT -> "sandbox_overnight";
            case EXPRESS -> "sandbox_express";
            case STANDARD -> "sandbox_standard";
            case ECONOMY -> "sandbox_economy";
            case SAME_DAY -> throw SandboxErrors.noSuchService("the sandbox has no same-day service", "serviceLevel");
        };
    }
}
