package io.shipgate.carrier.delhivery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.delhivery.DelhiveryErrors.Fields;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.spi.CarrierJson;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The manifest API ({@code POST /api/cmu/create.json}) that forward shipments and reverse pickups
 * share: its {@code data} ({@code shipments[]} and {@code pickup_location.name}), its answer
 * ({@code success}, {@code packages[]} each with {@code status} Success or Fail, {@code waybill} and
 * {@code remarks}; {@code rmk} when Delhivery refuses the whole upload), and the waybill read from it.
 * The shipment and returns mappers each fill a {@link Shipment} from their own request.
 */
public final class DelhiveryManifest {

    private DelhiveryManifest() {
    }

    /** {@code {"shipments": [...], "pickup_location": {"name": ...}}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(List<Shipment> shipments, @JsonProperty("pickup_location") PickupLocation pickupLocation) {

        public static Data of(Shipment shipment, String warehouse) {
            return new Data(List.of(shipment), new PickupLocation(warehouse));
        }
    }

    public record PickupLocation(String name) {
    }

    /** One manifested parcel: the consignee (or the customer a reverse pickup starts at), the parcel, the return address. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Shipment(String name, String add, String pin, String city, String state, String country, String phone,
                           @JsonProperty("address_type") String addressType, String order,
                           @JsonProperty("payment_mode") String paymentMode, @JsonProperty("cod_amount") BigDecimal codAmount,
                           @JsonProperty("total_amount") BigDecimal totalAmount, @JsonProperty("products_desc") String productsDesc,
                           long weight, @JsonProperty("shipment_length") BigDecimal length,
                           @JsonProperty("shipment_width") BigDecimal width, @JsonProperty("shipment_height") BigDecimal height,
                           @JsonProperty("shipping_mode") String shippingMode, @JsonProperty("return_name") String returnName,
                           @JsonProperty("return_add") String returnAdd, @JsonProperty("return_city") String returnCity,
                           @JsonProperty("return_state") String returnState, @JsonProperty("return_pin") String returnPin,
                           @JsonProperty("return_country") String returnCountry, @JsonProperty("return_phone") String returnPhone,
                           @JsonProperty("seller_name") String sellerName,
                           @JsonProperty("extra_parameters") Map<String, String> extraParameters) {

        /**
         * A manifest entry.
         *
         * @param party      who Delhivery delivers to (forward) or picks up from (reverse)
         * @param partyField that party's universal field ({@code recipient}, {@code customer}), named in errors
         * @param back       where Delhivery brings the parcel back; {@code backField} its universal field
         */
        public static Shipment of(Address party, String partyField, String order, String paymentMode, BigDecimal codAmount,
                                  BigDecimal totalAmount, String description, Parcel parcel, DelhiveryServices service,
                                  Address back, String backField, Map<String, String> extraParameters) {
            String pin = DelhiveryParties.pincode(party, partyField);
            String phone = DelhiveryParties.phone(party.phone(), partyField + ".phone");
            Dimensions cm = DelhiveryUnits.centimetres(parcel.dimensions());
            String backPin = DelhiveryParties.pincode(back, backField);
            String backPhone = blank(back.phone()) ? null : DelhiveryParties.phone(back.phone(), backField + ".phone");
            return new Shipment(party.name(), DelhiveryParties.addressLine(party), pin, party.city(), party.state(),
                    DelhiveryParties.INDIA, phone, party.residential() == null ? null : party.residential() ? "home" : "office",
                    order, paymentMode, codAmount, totalAmount, blank(description) ? null : description.strip(),
                    DelhiveryUnits.grams(parcel.weight()), cm == null ? null : cm.length(), cm == null ? null : cm.width(),
                    cm == null ? null : cm.height(), service.shippingMode(), back.name(), DelhiveryParties.addressLine(back),
                    back.city(), back.state(), backPin, DelhiveryParties.INDIA, backPhone,
                    blank(back.company()) ? null : back.company().strip(), extraParameters);
        }
    }

    /** The manifest's answer. {@code error} is a flag ({@code true}) or a text; {@code rmk} is the reason of a refused upload. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(Boolean success, JsonNode error, JsonNode rmk, List<Package> packages,
                         @JsonProperty("upload_wbn") String uploadWbn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Package(String status, String waybill, JsonNode remarks, String refnum, @JsonProperty("sort_code") String sortCode,
                          Boolean serviceable) {
    }

    /**
     * The waybill Delhivery assigned, or the refusal it gave instead: the package's {@code remarks},
     * else the answer's {@code rmk} or textual {@code error}.
     */
    public static String waybill(Answer answer, String operation, Fields fields) {
        Package pkg = answer.packages() == null || answer.packages().isEmpty() ? null : answer.packages().getFirst();
        String status = pkg == null || pkg.status() == null ? null : pkg.status().strip();
        String waybill = pkg == null || blank(pkg.waybill()) ? null : pkg.waybill().strip();
        if (Boolean.TRUE.equals(answer.success()) && "Success".equalsIgnoreCase(status) && waybill != null) {
            return waybill;
        }
        String remark = DelhiveryErrors.reason(pkg == null ? null : pkg.remarks(), answer.rmk(), answer.error()).orElse(null);
        if (remark == null && "Success".equalsIgnoreCase(status)) {
            throw DelhiveryErrors.unexpected("NO_WAYBILL", "Delhivery accepted " + operation + " but assigned no waybill");
        }
        throw DelhiveryErrors.refused(operation, remark, fields);
    }

    /** The confirmation of a manifested shipment with its labels; the payload is Delhivery's manifest answer. */
    public static ShipmentConfirmation confirmation(String waybill, DelhiveryServices service, Answer answer, List<Label> labels) {
        return new ShipmentConfirmation(waybill, null, List.of(waybill), service.code(), null, labels, List.of(), null,
                new String(CarrierJson.write(answer), StandardCharsets.UTF_8));
    }

    /**
     * Delhivery's order id: the merchant's reference, else the gateway's idempotency key, else the
     * fallback; Delhivery needs one and refuses it twice.
     */
    public static String order(String reference, String idempotencyKey, String fallback) {
        if (reference != null && !reference.isBlank()) {
            return reference.strip();
        }
        if (idempotencyKey != null) {
            return idempotencyKey;
        }
        if (fallback != null) {
            return fallback;
        }
        throw DelhiveryErrors.invalid("NO_ORDER_ID", "Delhivery needs an order id: give the shipment a reference (your order number)",
                "reference");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
