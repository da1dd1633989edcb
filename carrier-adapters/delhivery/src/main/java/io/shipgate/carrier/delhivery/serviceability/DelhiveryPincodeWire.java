package io.shipgate.carrier.delhivery.serviceability;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/** The JSON of the pincode API ({@code GET /c/api/pin-codes/json/?filter_codes=}), as Delhivery names it. */
public final class DelhiveryPincodeWire {

    private DelhiveryPincodeWire() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(@JsonProperty("delivery_codes") List<Entry> deliveryCodes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(@JsonProperty("postal_code") PostalCode postalCode) {
    }

    /** One pincode's flags, each {@code Y} or {@code N}; {@code pin} comes as a number. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PostalCode(String pin, @JsonProperty("pre_paid") String prepaid, String cod, String pickup, String repl,
                             @JsonProperty("is_oda") String oda, String remarks, @JsonProperty("max_amount") BigDecimal maxAmount) {
    }
}
