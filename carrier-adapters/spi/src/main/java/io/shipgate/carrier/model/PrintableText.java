package io.shipgate.carrier.model;

/**
 * The rule for text a client sends: it can be stored (PostgreSQL refuses NUL), printed on a label
 * and logged. Refused: C0 control characters (TAB, LF and CR aside, where line breaks are
 * allowed), DEL, C1 control characters (U+0080 to U+009F) and unpaired surrogates.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /**
     * What is wrong with {@code text}, completing "FIELD ..."; null when nothing is. Never quotes the text.
     *
     * @param lineBreaks whether TAB, LF and CR are allowed (free text), or the text is one line
     *                   (a credential or header value)
     */
    public static String problem(String text, int maxLength, boolean lineBreaks) {
        if (text.length() > maxLength) {
            return "must be at most " + maxLength + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (U+" + hex(c) + ")";
            } else if (Character.isISOControl(c) && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                return "must not contain the control character U+" + hex(c) + (lineBreaks ? "" : ": one line of printable characters");
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
