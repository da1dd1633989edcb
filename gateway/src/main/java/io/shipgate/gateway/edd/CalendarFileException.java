package io.shipgate.gateway.edd;

/**
 * A calendar data file that cannot be read as it stands: which file, which line and why, so whoever
 * edits the holiday files finds the mistake at the application's start and not in a wrong EDD.
 */
public final class CalendarFileException extends IllegalStateException {

    private final String file;
    private final int line;

    CalendarFileException(String file, int line, String reason) {
        super(file + ", line " + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    /** The file's path on the class path, e.g. {@code holidays/IN/2026.csv}. */
    public String file() {
        return file;
    }

    /** The line of the file (from 1) that is wrong. */
    public int line() {
        return line;
    }
}
