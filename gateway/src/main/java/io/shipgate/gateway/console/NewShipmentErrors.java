package io.shipgate.gateway.console;

import io.shipgate.gateway.platform.problem.FieldError;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field errors of the new-shipment form (the form's own and the API's, named as the API names fields), for the
 * template: {@code errors.of('recipient.city')} next to an input, {@code errors.summary()} above the form.
 */
final class NewShipmentErrors {

    private static final Map<String, String> PLAIN = Map.of(
            "must not be null", "is required",
            "must not be blank", "is required",
            "must not be empty", "is required");
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("shipper.", "From: ");
        PARTS.put("recipient.", "To: ");
        PARTS.put("parcels[0].", "Parcel: ");
        PARTS.put("options.cod.", "COD ");
        PARTS.put("customs.items[0].", "Customs: ");
        PARTS.put("customs.", "Customs: ");
    }

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    NewShipmentErrors(List<FieldError> errors) {
        for (FieldError error : errors) {
            List<String> messages = byField.computeIfAbsent(error.field(), f -> new ArrayList<>());
            // a number the form could not read is also "required" to the API: its first message says it all
            if (messages.isEmpty()) {
                messages.add(PLAIN.getOrDefault(error.message(), error.message()));
            }
        }
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The messages of this field, or null when none. */
    public String of(String field) {
        return of(field, List.of());
    }

    /**
     * The messages of an input's field and of the fields it also stands for ({@code also}: one name, a list of names,
     * or empty), or null when none.
     */
    public String of(String field, Object also) {
        List<String> fields = new ArrayList<>(List.of(field));
        if (also instanceof Collection<?> names) {
            names.forEach(n -> fields.add(String.valueOf(n)));
        } else if (also instanceof String name && !name.isEmpty()) {
            fields.add(name);
        }
        List<String> messages = new ArrayList<>();
        fields.forEach(f -> messages.addAll(byField.getOrDefault(f, List.of())));
        return messages.isEmpty() ? null : String.join("; ", messages);
    }

    /** Every error as a line for a person: "To: postal code is required". */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        byField.forEach((field, messages) -> messages.forEach(m -> lines.add(label(field) + " " + m)));
        return lines;
    }

    static String label(String field) {
        for (Map.Entry<String, String> part : PARTS.entrySet()) {
            if (field.startsWith(part.getKey())) {
                return part.getValue() + field.substring(part.getKey().length()).replace("street1", "street").replace("street2", "street, line 2")
                        .replace('.', ' ').replace('_', ' ');
            }
        }
        return switch (field) {
            case NewShipmentForm.WAREHOUSE -> "From: warehouse";
            case NewShipmentForm.KEY -> "Form:";
            case "shipper" -> "From:";
            case "recipient" -> "To:";
            case "customs" -> "Customs:";
            default -> field.replace('_', ' ');
        };
    }
}
