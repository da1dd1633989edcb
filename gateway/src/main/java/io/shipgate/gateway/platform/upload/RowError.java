package io.shipgate.gateway.platform.upload;

/**
 * One mistake of an uploaded file (a serviceability table, a rate card): its row (the line number in
 * the file, a CSV header being row 1), the column or field, and what is wrong. Values are not repeated
 * beyond a few characters ({@link UploadFiles#shortened}).
 */
public record RowError(long row, String field, String message) {
}
