package io.shipgate.gateway.console;

import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.ExportReason;
import io.shipgate.carrier.model.Incoterm;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.shipment.AddressView;
import io.shipgate.gateway.shipment.CreateShipmentRequest;
import io.shipgate.gateway.shipment.CustomsDeclarationView;
import io.shipgate.gateway.shipment.CustomsItemView;
import io.shipgate.gateway.shipment.DimensionsView;
import io.shipgate.gateway.shipment.MoneyView;
import io.shipgate.gateway.shipment.ParcelView;
import io.shipgate.gateway.shipment.ShipmentOptionsView;
import io.shipgate.gateway.shipment.WeightView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The console's new-shipment form for one parcel: its inputs are named as the fields of {@code POST /v1/shipments}
 * ({@code recipient.postal_code}, {@code parcels[0].weight.value}...), so that the API's field errors land next to the
 * input they name. The form travels through the rates page in hidden inputs, with the Idempotency-Key generated when
 * the form was first shown: a double click on Buy buys once.
 */
final class NewShipmentForm {

    static final String KEY = "key";
    static final String WAREHOUSE = "warehouse_id";
    static final List<String> ADDRESS_FIELDS = List.of("name", "company", "phone", "email", "street1", "street2", "city", "state",
            "postal_code", "country");
    static final String WEIGHT = "parcels[0].weight.value";
    static final String WEIGHT_UNIT = "parcels[0].weight.unit";
    static final String LENGTH = "parcels[0].dimensions.length";
    static final String WIDTH = "parcels[0].dimensions.width";
    static final String HEIGHT = "parcels[0].dimensions.height";
    static final String DIMENSION_UNIT = "parcels[0].dimensions.unit";
    static final String DESCRIPTION = "parcels[0].description";
    static final String REFERENCE = "reference";
    static final String COD_AMOUNT = "options.cod.amount";
    static final String COD_CURRENCY = "options.cod.currency";
    static final String CONTENTS = "customs.content_description";
    static final String CUSTOMS_VALUE = "customs.items[0].unit_value.amount";
    static final String CUSTOMS_CURRENCY = "customs.items[0].unit_value.currency";
    static final String HS_CODE = "customs.items[0].hs_code";

    private static final List<String> FIELDS = fields();
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Map<String, String> values;
    private final List<FieldError> errors = new ArrayList<>();

    private NewShipmentForm(Map<String, String> values) {
        this.values = values;
    }

    /** A blank form with its own Idempotency-Key, in kilograms and centimetres, from this warehouse (or none). */
    static NewShipmentForm blank(UUID warehouseId) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(KEY, UUID.randomUUID().toString());
        if (warehouseId != null) {
            values.put(WAREHOUSE, warehouseId.toString());
        }
        values.put(WEIGHT_UNIT, "KG");
        values.put(DIMENSION_UNIT, "CM");
        return new NewShipmentForm(values);
    }

    /** The form as posted: the known inputs only, trimmed, blank ones left out. */
    static NewShipmentForm posted(Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = params.get(field);
            if (value != null && !value.isBlank()) {
                values.put(field, value.strip());
            }
        }
        return new NewShipmentForm(values);
    }

    /** The inputs to carry in hidden fields, by name. */
    public Map<String, String> values() {
        return values;
    }

    public String value(String field) {
        return values.get(field);
    }

    /** The form's Idempotency-Key: a UUID as generated; null (an error on the form) when it was altered. */
    String key() {
        String key = values.get(KEY);
        if (key == null || !UUID_TEXT.matcher(key).matches()) {
            errors.add(new FieldError(KEY, "the form expired: start a new shipment"));
            return null;
        }
        return key;
    }

    /** The warehouse chosen as the origin, or null for an address typed in. */
    UUID warehouseId() {
        String id = values.get(WAREHOUSE);
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(WAREHOUSE, "is not one of your warehouses"));
            return null;
        }
    }

    /** What the form itself found wrong (numbers, units), before the API's checks. */
    List<FieldError> errors() {
        return errors;
    }

    /**
     * The purchase the form describes, from {@code shipper} (a warehouse's address, or the one typed in when null), on
     * the account and service chosen, or {@code carrier: "auto"} before a rate is chosen (for the checks).
     */
    CreateShipmentRequest request(AddressView warehouseAddress, UUID warehouseId, UUID carrierAccountId, String service) {
        AddressView shipper = warehouseAddress != null ? warehouseAddress : address("shipper");
        AddressView recipient = address("recipient");
        WeightView weight = new WeightView(number(WEIGHT), unit(WEIGHT_UNIT, WeightUnit.class));
        DimensionsView dimensions = values.containsKey(LENGTH) || values.containsKey(WIDTH) || values.containsKey(HEIGHT)
                ? new DimensionsView(number(LENGTH), number(WIDTH), number(HEIGHT), unit(DIMENSION_UNIT, DimensionUnit.class)) : null;
        ParcelView parcel = new ParcelView(weight, dimensions, values.get(DESCRIPTION));
        ShipmentOptionsView options = values.containsKey(COD_AMOUNT)
                ? new ShipmentOptionsView(new MoneyView(number(COD_AMOUNT), upper(COD_CURRENCY)), null, null, null, null, null) : null;
        return new CreateShipmentRequest(carrierAccountId, carrierAccountId == null ? "auto" : null, service, null, shipper, recipient,
                List.of(parcel), values.get(REFERENCE), options, customs(shipper, weight), warehouseId);
    }

    /** A one-line declaration of the contents, when the parcel crosses a border and its contents are described. */
    private CustomsDeclarationView customs(AddressView shipper, WeightView weight) {
        if (!values.containsKey(CONTENTS) && !values.containsKey(CUSTOMS_VALUE)) {
            return null;
        }
        CustomsItemView item = new CustomsItemView(values.get(CONTENTS), 1, new MoneyView(number(CUSTOMS_VALUE), upper(CUSTOMS_CURRENCY)),
                weight, values.get(HS_CODE), shipper.country(), null);
        return new CustomsDeclarationView(ContentType.MERCHANDISE, values.get(CONTENTS), Incoterm.DAP, DutiesPayer.RECIPIENT, null, null,
                ExportReason.SALE, List.of(item), null, null, null);
    }

    private AddressView address(String party) {
        return new AddressView(values.get(party + ".name"), values.get(party + ".company"), values.get(party + ".phone"),
                values.get(party + ".email"), values.get(party + ".street1"), values.get(party + ".street2"), values.get(party + ".city"),
                values.get(party + ".state"), values.get(party + ".postal_code"), upper(party + ".country"), null);
    }

    private String upper(String field) {
        String value = values.get(field);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private BigDecimal number(String field) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a number, e.g. 1.5"));
            return null;
        }
    }

    private <E extends Enum<E>> E unit(String field, Class<E> type) {
        String value = values.get(field);
        try {
            return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "is not a unit this form offers"));
            return null;
        }
    }

    private static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of(KEY, WAREHOUSE));
        for (String party : List.of("shipper", "recipient")) {
            ADDRESS_FIELDS.forEach(f -> fields.add(party + "." + f));
        }
        fields.addAll(List.of(WEIGHT, WEIGHT_UNIT, LENGTH, WIDTH, HEIGHT, DIMENSION_UNIT, DESCRIPTION, REFERENCE, COD_AMOUNT, COD_CURRENCY,
                CONTENTS, CUSTOMS_VALUE, CUSTOMS_CURRENCY, HS_CODE));
        return List.copyOf(fields);
    }
}
