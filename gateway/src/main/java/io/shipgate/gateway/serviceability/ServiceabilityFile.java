package io.shipgate.gateway.serviceability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.carrier.model.Codes;
import io.shipgate.gateway.platform.upload.RowError;
import io.shipgate.gateway.platform.upload.UploadFiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a serviceability file, CSV or JSON lines (docs/decide.md, "Serviceability"), and checks every
 * row: a file is taken whole or not at all, so all its mistakes are found before anything is stored,
 * each with its row (the file's line number). The CSV has a header naming its columns in any order;
 * fields may be quoted the RFC 4180 way (no line breaks inside). Each JSON line is one object with the
 * same names. Flags are Y/N (also yes/no, true/false, 1/0); the optional ones are N when blank or absent.
 */
final class ServiceabilityFile {

    enum Format {
        CSV, JSON_LINES
    }

    /** The columns, in the order the download writes them. */
    static final List<String> COLUMNS = List.of("country", "postal_code", "prepaid", "cod", "cod_limit", "pickup", "reverse_pickup",
            "oda", "embargo");
    static final Set<String> REQUIRED = Set.of("country", "postal_code", "prepaid", "cod", "pickup");
    /** The longest field the reader takes (a postal code has at most {@link PostalCodes#MAX_LENGTH} characters). */
    static final int MAX_FIELD_LENGTH = 40;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rows of a file without mistakes; else its first mistakes and how many rows have one. */
    record Result(List<ServiceabilityRow> rows, List<RowError> errors, long invalidRows) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    private final int maxRows;
    private final int maxErrors;
    private final String currency;
    private final List<ServiceabilityRow> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();
    private long invalidRows;
    private long lastInvalidRow = -1;

    private ServiceabilityFile(int maxRows, int maxErrors, String currency) {
        this.maxRows = maxRows;
        this.maxErrors = maxErrors;
        this.currency = currency;
    }

    /**
     * @param currency the currency of the file's COD limits (ISO 4217, checked by the caller); null when
     *                 none is given, and then a row with a COD limit is a mistake
     */
    static Result read(byte[] body, Format format, String currency, int maxRows, int maxErrors) {
        ServiceabilityFile file = new ServiceabilityFile(maxRows, maxErrors, currency);
        String text = UploadFiles.utf8(body);
        if (text == null) {
            file.error(1, "file", "is not UTF-8 text");
            return file.result();
        }
        if (format == Format.CSV) {
            file.readCsv(text);
        } else {
            file.readJsonLines(text);
        }
        if (file.errors.isEmpty() && file.rows.isEmpty()) {
            file.error(1, "file", "has no rows");
        }
        return file.result();
    }

    private Result result() {
        return errors.isEmpty() ? new Result(rows, List.of(), 0) : new Result(List.of(), List.copyOf(errors), invalidRows);
    }

    private void readCsv(String text) {
        Iterator<String> lines = text.lines().iterator();
        long row = 0;
        List<String> header = null;
        while (lines.hasNext()) {
            String line = lines.next();
            row++;
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = UploadFiles.split(line, MAX_FIELD_LENGTH);
            if (header == null) {
                header = header(row, fields);
                if (header == null) {
                    return;
                }
                continue;
            }
            if (tooMany(row)) {
                return;
            }
            if (fields == null) {
                invalid(row, "row", "has an unclosed quote");
            } else if (fields.size() != header.size()) {
                invalid(row, "row", "has " + fields.size() + " fields; the header has " + header.size());
            } else {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), fields.get(i));
                }
                row(row, values);
            }
        }
        if (header == null) {
            error(1, "header", "is missing: the first line names the columns (" + String.join(",", COLUMNS) + ")");
        }
    }

    /** The header's column names, or null (and a mistake) when it names an unknown column, one twice, or lacks one. */
    private List<String> header(long row, List<String> fields) {
        return UploadFiles.header(row, fields, COLUMNS, REQUIRED, e -> error(e.row(), e.field(), e.message()));
    }

    private void readJsonLines(String text) {
        Iterator<String> lines = text.lines().iterator();
        long row = 0;
        while (lines.hasNext()) {
            String line = lines.next();
            row++;
            if (line.isBlank()) {
                continue;
            }
            if (tooMany(row)) {
                return;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                invalid(row, "row", "is not a JSON object");
                continue;
            }
            if (node == null || !node.isObject()) {
                invalid(row, "row", "is not a JSON object");
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean ok = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (!COLUMNS.contains(field.getKey())) {
                    ok = invalid(row, shortened(field.getKey()), "is not a field of a serviceability row (" + String.join(", ", COLUMNS) + ")");
                } else if (value.isNull()) {
                    values.put(field.getKey(), "");
                } else if (value.isTextual() || value.isBoolean() || value.isNumber()) {
                    values.put(field.getKey(), value.asText());
                } else {
                    ok = invalid(row, field.getKey(), "must be a string, a boolean or a number");
                }
            }
            if (ok) {
                REQUIRED.forEach(c -> values.putIfAbsent(c, null));
                row(row, values);
            }
        }
    }

    /** Checks one row's values (column name to text; null when a required one is absent) and keeps it when right. */
    private void row(long row, Map<String, String> values) {
        String country = text(values.get("country"));
        if (country == null) {
            invalid(row, "country", "is required");
        } else if (!Codes.isCountry(country.toUpperCase(Locale.ROOT))) {
            invalid(row, "country", "'" + shortened(country) + "' is not an ISO 3166-1 alpha-2 country code");
            country = null;
        } else {
            country = country.toUpperCase(Locale.ROOT);
        }
        String postalCode = text(values.get("postal_code"));
        if (postalCode == null) {
            invalid(row, "postal_code", "is required");
        } else if (country != null) {
            String normalized = PostalCodes.normalize(country, postalCode);
            if (normalized == null) {
                invalid(row, "postal_code", "'" + shortened(postalCode) + "' is not a postal code of " + country + " ("
                        + PostalCodes.format(country) + ")");
            }
            postalCode = normalized;
        }
        Boolean prepaid = flag(row, values, "prepaid");
        Boolean cod = flag(row, values, "cod");
        Boolean pickup = flag(row, values, "pickup");
        Boolean reversePickup = flag(row, values, "reverse_pickup");
        Boolean oda = flag(row, values, "oda");
        Boolean embargo = flag(row, values, "embargo");
        BigDecimal codLimit = codLimit(row, text(values.get("cod_limit")), cod);
        if (country != null && postalCode != null) {
            Long first = seen.putIfAbsent(country + ":" + postalCode, row);
            if (first != null) {
                invalid(row, "postal_code", country + " " + postalCode + " is already on row " + first);
            }
        }
        if (lastInvalidRow != row) {
            rows.add(new ServiceabilityRow(country, postalCode, prepaid, cod, codLimit, pickup, reversePickup, oda, embargo));
        }
    }

    private Boolean flag(long row, Map<String, String> values, String column) {
        String value = text(values.get(column));
        if (value == null) {
            if (REQUIRED.contains(column)) {
                invalid(row, column, "is required: Y or N");
                return null;
            }
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "1" -> true;
            case "n", "no", "false", "0" -> false;
            default -> {
                invalid(row, column, "'" + shortened(value) + "' is not Y or N");
                yield null;
            }
        };
    }

    private BigDecimal codLimit(long row, String value, Boolean cod) {
        if (value == null) {
            return null;
        }
        BigDecimal limit;
        try {
            limit = new BigDecimal(value);
        } catch (NumberFormatException e) {
            invalid(row, "cod_limit", "'" + shortened(value) + "' is not a decimal amount");
            return null;
        }
        if (limit.signum() < 0 || limit.compareTo(new BigDecimal("1000000000")) > 0) {
            invalid(row, "cod_limit", "must be between 0 and 1000000000");
        } else if (currency == null) {
            invalid(row, "cod_limit", "needs the file's currency: PUT ...?currency=INR (ISO 4217)");
        } else if (Math.max(0, limit.stripTrailingZeros().scale()) > Codes.decimalsOf(currency).orElse(2)) {
            invalid(row, "cod_limit", "has more decimals than " + currency + " has (" + Codes.decimalsOf(currency).orElse(2) + ")");
        } else if (Boolean.FALSE.equals(cod)) {
            invalid(row, "cod_limit", "is given but cod is N");
        } else {
            return limit;
        }
        return null;
    }

    private boolean tooMany(long row) {
        if (rows.size() + invalidRows >= maxRows) {
            invalid(row, "file", "has more than " + maxRows + " rows (shipgate.serviceability.max-rows)");
            return true;
        }
        return false;
    }

    /** A mistake of a row; returns false, for {@code ok = invalid(...)}. Counts the row once however many mistakes it has. */
    private boolean invalid(long row, String field, String message) {
        if (lastInvalidRow != row) {
            invalidRows++;
            lastInvalidRow = row;
        }
        error(row, field, message);
        return false;
    }

    private void error(long row, String field, String message) {
        if (errors.size() < maxErrors) {
            errors.add(new RowError(row, field, message));
        }
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String shortened(String value) {
        return UploadFiles.shortened(value);
    }
}
