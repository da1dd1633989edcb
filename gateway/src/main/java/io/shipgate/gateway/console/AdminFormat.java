package io.shipgate.gateway.console;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times on the admin pages ({@code ${@adminFormat.time(instant)}}): UTC to the minute, "never" for none. */
@Component("adminFormat")
class AdminFormat {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public String time(Instant instant) {
        return instant == null ? "never" : MINUTES.format(instant);
    }

    public String seconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}
