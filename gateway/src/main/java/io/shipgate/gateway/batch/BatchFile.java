package io.shipgate.gateway.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.platform.upload.RowError;
import io.shipgate.gateway.platform.upload.UploadFiles;
import io.shipgate.gateway.shipment.CreateShipmentRequest;
import io.shipgate.gateway.shipment.ShipmentPurchases;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Reads a batch's rows (a JSON array, JSON lines, or CSV with {@link BatchCsv}'s columns) and checks each one as
 * {@code POST /v1/shipments} checks its body ({@link ShipmentPurchases#check}), plus what a batch needs: a reference,
 * unique in the batch. A row with mistakes is kept with them (it is reported, never bought); the others are accepted.
 * Only a body that is not a batch at all (not UTF-8, not JSON, no header, no rows, too many) is refused whole.
 */
final class BatchFile {

    enum Source {
        JSON, JSON_LINES, CSV;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A row read: its request when it has no mistake. */
    record Row(int number, String reference, CreateShipmentRequest request, List<FieldError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    private static final int MAX_FIELD_LENGTH = 4096;

    private final ObjectMapper json;
    private final ShipmentPurchases purchases;
    private final int maxRows;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Integer> references = new HashMap<>();

    private BatchFile(ObjectMapper json, ShipmentPurchases purchases, int maxRows) {
        this.json = json;
        this.purchases = purchases;
        this.maxRows = maxRows;
    }

    static List<Row> read(byte[] body, Source source, ObjectMapper json, ShipmentPurchases purchases, int maxRows) {
        BatchFile file = new BatchFile(json, purchases, maxRows);
        String text = UploadFiles.utf8(body);
        if (text == null) {
            throw ApiException.invalid("body", "is not UTF-8 text");
        }
        switch (source) {
            case JSON -> file.readArray(text);
            case JSON_LINES -> file.readLines(text);
            case CSV -> file.readCsv(text);
        }
        if (file.rows.isEmpty()) {
            throw ApiException.invalid("body", "has no shipment rows");
        }
        return file.rows;
    }

    private void readArray(String text) {
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw malformed("a JSON batch is an array of shipment requests (POST /v1/shipments bodies)");
            }
            int number = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    throw malformed("the JSON array is not closed");
                }
                JsonNode element = json.readTree(parser);
                add(++number, element, UnaryOperator.identity());
            }
            if (parser.nextToken() != null) {
                throw malformed("the body holds more than the JSON array");
            }
        } catch (JsonProcessingException e) {
            throw malformed("the body is not a JSON array of shipment requests (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw malformed("the body cannot be read");
        }
    }

    private void readLines(String text) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode element;
            try {
                element = json.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                countRow();
                rows.add(new Row(i + 1, null, null, List.of(new FieldError("line", "is not a JSON object"))));
                continue;
            }
            add(i + 1, element, UnaryOperator.identity());
        }
    }

    private void readCsv(String text) {
        String[] lines = text.split("\r?\n", -1);
        List<RowError> headerMistakes = new ArrayList<>();
        List<String> header = UploadFiles.header(1, UploadFiles.split(lines[0], MAX_FIELD_LENGTH), List.copyOf(BatchCsv.COLUMNS.keySet()),
                BatchCsv.REQUIRED, headerMistakes::add);
        if (header == null) {
            throw UploadFiles.refused(1, headerMistakes, "nothing was stored")
                    .with("columns", String.join(",", BatchCsv.COLUMNS.keySet()));
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = UploadFiles.split(lines[i], MAX_FIELD_LENGTH);
            if (fields == null || fields.size() > header.size()) {
                countRow();
                rows.add(new Row(i + 1, null, null, List.of(new FieldError("line", fields == null ? "has an unclosed quote"
                        : "has " + fields.size() + " fields, the header " + header.size()))));
                continue;
            }
            add(i + 1, BatchCsv.toJson(json, header, fields), BatchCsv::column);
        }
    }

    /** Reads and checks one row; {@code field} names a field of the request as the source does (a CSV's column). */
    private void add(int number, JsonNode element, UnaryOperator<String> field) {
        countRow();
        String reference = element.path("reference").isTextual() ? element.get("reference").asText() : null;
        if (!element.isObject()) {
            rows.add(new Row(number, null, null, List.of(new FieldError("row", "is not a JSON object"))));
            return;
        }
        CreateShipmentRequest request;
        try {
            request = json.treeToValue(element, CreateShipmentRequest.class);
        } catch (JsonMappingException e) {
            rows.add(new Row(number, reference, null, List.of(new FieldError(field.apply(path(e)), message(e)))));
            return;
        } catch (JsonProcessingException e) {
            rows.add(new Row(number, reference, null, List.of(new FieldError("row", "cannot be read"))));
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        purchases.check(request).forEach(e -> errors.add(new FieldError(field.apply(e.field()), e.message())));
        if (request.reference() == null || request.reference().isBlank()) {
            errors.add(new FieldError(field.apply("reference"), "is required in a batch: each row is bought once per reference"));
        } else {
            Integer first = references.putIfAbsent(request.reference(), number);
            if (first != null) {
                errors.add(new FieldError(field.apply("reference"), "is row " + first + "'s too: a reference is one shipment"));
            }
        }
        rows.add(new Row(number, request.reference(), errors.isEmpty() ? request : null, List.copyOf(errors)));
    }

    private void countRow() {
        if (rows.size() >= maxRows) {
            throw ApiException.invalid("body", "holds more than " + maxRows + " rows: split it into several batches");
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return sb.isEmpty() ? "row" : sb.toString();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(ife.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null) {
            return "cannot be read as " + ife.getTargetType().getSimpleName();
        }
        return "has the wrong type or shape";
    }

    private static ApiException malformed(String detail) {
        return new ApiException(Problems.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, detail);
    }
}
