package io.shipgate.gateway.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The CSV column set of a batch (docs/operations.md, "Bulk shipping"): one shipment of one parcel a line, turned into
 * the JSON of a {@code POST /v1/shipments} body, so that it is read and checked exactly as one; a mistake is reported
 * under its column. Multi-parcel and cross-border shipments (customs) go in a JSON batch.
 */
final class BatchCsv {

    /** Column -> its path in the shipment request's JSON. */
    static final Map<String, String> COLUMNS = columns();
    static final Set<String> REQUIRED = Set.of("reference", "shipper_name", "shipper_street1", "shipper_city", "shipper_country",
            "recipient_name", "recipient_street1", "recipient_city", "recipient_country", "weight", "weight_unit");
    static final String TEMPLATE = String.join(",", COLUMNS.keySet()) + "\n"
            + "ORDER-1001,sandbox,,,STANDARD,Ada Shipper,Acme Widgets,+1 212 555 0100,,11 Wall St,,New York,NY,10005,US,"
            + "Grace Recipient,,+1 415 555 0199,grace@example.com,1 Market St,Apt 4,San Francisco,CA,94105,US,Y,"
            + "2.5,LB,12,9,6,IN,Widgets,,,,,,,\n"
            + "ORDER-1002,sandbox,,,EXPRESS,Ada Shipper,Acme Widgets,+1 212 555 0100,,11 Wall St,,New York,NY,10005,US,"
            + "Alan Recipient,,+1 312 555 0142,,233 S Wacker Dr,,Chicago,IL,60606,US,N,"
            + "1.2,KG,,,,,Books,25.00,USD,,,,PDF,\n";

    private BatchCsv() {
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("reference", "reference");
        c.put("carrier", "carrier");
        c.put("carrier_account_id", "carrier_account_id");
        c.put("service", "service");
        c.put("service_level", "service_level");
        for (String party : List.of("shipper", "recipient")) {
            for (String field : List.of("name", "company", "phone", "email", "street1", "street2", "city", "state", "postal_code", "country")) {
                c.put(party + "_" + field, party + "." + field);
            }
            if (party.equals("recipient")) {
                c.put("recipient_residential", "recipient.residential");
            }
        }
        c.put("weight", "parcels[0].weight.value");
        c.put("weight_unit", "parcels[0].weight.unit");
        c.put("length", "parcels[0].dimensions.length");
        c.put("width", "parcels[0].dimensions.width");
        c.put("height", "parcels[0].dimensions.height");
        c.put("dimension_unit", "parcels[0].dimensions.unit");
        c.put("description", "parcels[0].description");
        c.put("cod_amount", "options.cod.amount");
        c.put("cod_currency", "options.cod.currency");
        c.put("declared_value", "options.declared_value.amount");
        c.put("declared_value_currency", "options.declared_value.currency");
        c.put("signature", "options.signature");
        c.put("label_format", "options.label_format");
        c.put("ship_date", "options.ship_date");
        return c;
    }

    /** A CSV line as the JSON of a shipment request: blank fields left out; Y/N (yes/no, true/false, 1/0) of residential as a boolean. */
    static ObjectNode toJson(ObjectMapper json, List<String> header, List<String> fields) {
        ObjectNode request = json.createObjectNode();
        for (int i = 0; i < header.size() && i < fields.size(); i++) {
            String value = fields.get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            String path = COLUMNS.get(header.get(i));
            ObjectNode at = request;
            String[] steps = path.split("\\.");
            for (int s = 0; s < steps.length - 1; s++) {
                String step = steps[s];
                if (step.endsWith("[0]")) {
                    String name = step.substring(0, step.length() - 3);
                    if (!at.has(name)) {
                        at.putArray(name).addObject();
                    }
                    at = (ObjectNode) at.get(name).get(0);
                } else {
                    at = at.has(step) ? (ObjectNode) at.get(step) : at.putObject(step);
                }
            }
            String leaf = steps[steps.length - 1];
            if (leaf.equals("residential")) {
                Boolean flag = flag(value);
                if (flag == null) {
                    at.put(leaf, value); // read as a boolean it fails, under its column
                } else {
                    at.put(leaf, flag);
                }
            } else {
                at.put(leaf, value);
            }
        }
        return request;
    }

    private static Boolean flag(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "1" -> true;
            case "n", "no", "false", "0" -> false;
            default -> null;
        };
    }

    /** A field of the shipment request's JSON named as the CSV names it: its column where it has one. */
    static String column(String jsonPath) {
        for (Map.Entry<String, String> c : COLUMNS.entrySet()) {
            if (c.getValue().equals(jsonPath)) {
                return c.getKey();
            }
        }
        return switch (jsonPath) {
            case "parcels[0].weight" -> "weight";
            case "parcels[0].dimensions" -> "length";
            case "options.cod" -> "cod_amount";
            case "options.declared_value" -> "declared_value";
            case "parcels" -> "weight";
            default -> jsonPath;
        };
    }
}
