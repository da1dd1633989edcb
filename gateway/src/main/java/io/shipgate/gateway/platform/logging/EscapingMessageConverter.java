package io.shipgate.gateway.platform.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %m} of every log pattern (logback-spring.xml): the message with its control characters
 * escaped ({@code \n}, {@code \r}, {@code \u0000}), so one event is one line and no text a client
 * sent can forge a log line or put raw bytes in the log. Spring Boot's startup failure report, a
 * text of the application's own, keeps its line breaks.
 */
public class EscapingMessageConverter extends MessageConverter {

    private static final String FAILURE_REPORT_LOGGER = "org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter";

    @Override
    public String convert(ILoggingEvent event) {
        return escape(super.convert(event), FAILURE_REPORT_LOGGER.equals(event.getLoggerName()));
    }

    /** {@code text} with every control character but TAB (and LF where {@code keepLineBreaks}) escaped. */
    static String escape(String text, boolean keepLineBreaks) {
        if (text == null || text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t')) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) || c == '\t' || keepLineBreaks && c == '\n') {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }
}
