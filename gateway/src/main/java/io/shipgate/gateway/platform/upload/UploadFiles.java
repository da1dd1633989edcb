package io.shipgate.gateway.platform.upload;

import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import org.springframework.http.HttpStatus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the readers of uploaded files share (serviceability tables, rate cards): the text of the body
 * (strict UTF-8, a byte-order mark dropped), a CSV line's fields, how a value is quoted in a message,
 * and the 400 that refuses a file with its mistakes. A file is taken whole or not at all, so a reader
 * finds all its mistakes before anything is stored, each with its row.
 */
public final class UploadFiles {

    private UploadFiles() {
    }

    /** The body as text, or null when it is not UTF-8. */
    public static String utf8(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * A CSV line's fields: comma-separated, a field may be quoted the RFC 4180 way ({@code "a,b"}, {@code ""} for a
     * quote; no line breaks inside); null when a quote is left open. A field longer than {@code maxFieldLength} is cut
     * to one character more, so the reader can tell it is too long without holding a huge value.
     */
    public static List<String> split(String line, int maxFieldLength) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',') {
                fields.add(field.length() > maxFieldLength ? field.substring(0, maxFieldLength + 1) : field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.length() > maxFieldLength ? field.substring(0, maxFieldLength + 1) : field.toString());
        return fields;
    }

    /**
     * A CSV header's column names (stripped, lower case), or null when it has a mistake, each given to
     * {@code mistake} (row {@code row}): an unclosed quote, a column not in {@code columns}, one named
     * twice, a {@code required} one missing (in name order).
     */
    public static List<String> header(long row, List<String> fields, List<String> columns, Set<String> required,
                                      Consumer<RowError> mistake) {
        if (fields == null) {
            mistake.accept(new RowError(row, "header", "has an unclosed quote"));
            return null;
        }
        List<String> names = fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        List<RowError> mistakes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!columns.contains(name)) {
                mistakes.add(new RowError(row, "header", "column " + (i + 1) + " '" + shortened(name) + "' is not one of "
                        + String.join(",", columns)));
            } else if (names.indexOf(name) != i) {
                mistakes.add(new RowError(row, name, "is named twice in the header"));
            }
        }
        required.stream().sorted().filter(c -> !names.contains(c))
                .forEach(c -> mistakes.add(new RowError(row, c, "is a required column, missing from the header")));
        mistakes.forEach(mistake);
        return mistakes.isEmpty() ? names : null;
    }

    /** A value as a message quotes it: control characters replaced, at most 20 characters. */
    public static String shortened(String value) {
        String oneLine = value.replaceAll("[\\p{Cntrl}]", "?");
        return oneLine.length() <= 20 ? oneLine : oneLine.substring(0, 20) + "...";
    }

    /**
     * The 400 {@code validation-error} refusing a file: {@code errors} lists its first mistakes (row, field, message),
     * {@code invalid_rows} counts every row with one.
     *
     * @param inForce what stays in force, for the detail ("the table in force", "the rate card in force")
     */
    public static ApiException refused(long invalidRows, List<RowError> errors, String inForce) {
        return new ApiException(Problems.VALIDATION, HttpStatus.BAD_REQUEST, invalidRows + " row(s) of the file have mistakes"
                + (invalidRows > errors.size() ? "; the first " + errors.size() + " mistakes are listed" : "")
                + "; " + inForce + " is unchanged").with("errors", errors).with("invalid_rows", invalidRows);
    }
}
