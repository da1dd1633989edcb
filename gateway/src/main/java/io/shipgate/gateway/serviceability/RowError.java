package io.shipgate.gateway.serviceability;

/**
 * One mistake of a serviceability file: its row (the line number in the file, the CSV header being
 * row 1), the column or JSON field, and what is wrong. Values are not repeated beyond a few characters.
 */
record RowError(long row, String field, String message) {
}
