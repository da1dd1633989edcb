package io.shipgate.carrier.delhivery;

import io.shipgate.carrier.model.ServiceLevel;

import java.util.Arrays;
import java.util.Locale;

/**
 * Delhivery's two B2C modes: Express (air where the lane has it) and Surface. Each has the code
 * the gateway quotes and books it by, the charges API's billing mode ({@code md}) and the
 * manifest's {@code shipping_mode}.
 */
public enum DelhiveryServices {
    EXPRESS("express", "Delhivery Express", ServiceLevel.EXPRESS, "E", "Express"),
    SURFACE("surface", "Delhivery Surface", ServiceLevel.STANDARD, "S", "Surface");

    private final String code;
    private final String displayName;
    private final ServiceLevel level;
    private final String billingMode;
    private final String shippingMode;

    DelhiveryServices(String code, String displayName, ServiceLevel level, String billingMode, String shippingMode) {
        this.code = code;
        this.displayName = displayName;
        this.level = level;
        this.billingMode = billingMode;
        this.shippingMode = shippingMode;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public ServiceLevel level() {
        return level;
    }

    /** {@code md} of the charges API. */
    public String billingMode() {
        return billingMode;
    }

    /** {@code shipping_mode} of the manifest. */
    public String shippingMode() {
        return shippingMode;
    }

    /**
     * The service a purchase asks for: its service code, else the mode for its level (Express for
     * EXPRESS; Surface for STANDARD and ECONOMY). Delhivery B2C has no same-day or overnight product.
     *
     * @param serviceField the universal field of the service code, named when it is unknown
     */
    public static DelhiveryServices of(String service, ServiceLevel level, String serviceField) {
        if (service != null) {
            String wanted = service.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst()
                    .orElseThrow(() -> DelhiveryErrors.invalid("UNKNOWN_SERVICE",
                            "Delhivery has no service '" + service + "'; it offers express and surface", serviceField));
        }
        return switch (level == null ? ServiceLevel.STANDARD : level) {
            case EXPRESS -> EXPRESS;
            case STANDARD, ECONOMY -> SURFACE;
            case SAME_DAY, OVERNIGHT -> throw DelhiveryErrors.notServiceable("NO_SUCH_SERVICE",
                    "Delhivery B2C has no " + level + " service; it offers express and surface", "serviceLevel");
        };
    }
}
