package io.shipgate.carrier.delhivery.rate;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON of the charges API ({@code GET /api/kinko/v1/invoice/charges/.json}), as Delhivery names
 * it: a list of one {@link Charges} per answer, or an object with an {@code error} when it refuses.
 */
public final class DelhiveryRateWire {

    private DelhiveryRateWire() {
    }

    /**
     * One mode's charges: {@code total_amount} (with taxes), {@code gross_amount} (without), the
     * taxes in {@code tax_data}, and one {@code charge_<CODE>} field per charge line. The lines vary
     * by account and mode, so every field not named here is collected in the answer's order (a
     * class rather than a record: Jackson keeps a record's catch-all map unordered).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Charges {

        @JsonProperty("total_amount")
        private BigDecimal totalAmount;
        @JsonProperty("gross_amount")
        private BigDecimal grossAmount;
        @JsonProperty("tax_data")
        private LinkedHashMap<String, JsonNode> taxData;
        private final Map<String, JsonNode> lines = new LinkedHashMap<>();

        @JsonAnySetter
        void line(String name, JsonNode value) {
            lines.put(name, value);
        }

        public BigDecimal totalAmount() {
            return totalAmount;
        }

        public BigDecimal grossAmount() {
            return grossAmount;
        }

        public Map<String, JsonNode> taxData() {
            return taxData == null ? Map.of() : taxData;
        }

        /** Every other field: the {@code charge_*} lines, and {@code error} in a refusal. */
        public Map<String, JsonNode> lines() {
            return lines;
        }
    }
}
