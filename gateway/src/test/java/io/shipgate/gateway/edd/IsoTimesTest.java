package io.shipgate.gateway.edd;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The quick readers give the JDK's answers, and the JDK's exceptions, for common and odd input. */
class IsoTimesTest {

    @Test
    void readsTimesOfDayAsTheJdkDoes() {
        for (String text : List.of("17:00", "00:00", "23:59", "09:30:15", "12:00:00.5", "24:00", "12:60", "7:00", "12-00", "ab:cd", "")) {
            same(text, LocalTime::parse, IsoTimes::localTime);
        }
    }

    @Test
    void readsDateTimesWithOffsetsAsTheJdkDoes() {
        for (String text : List.of("2026-12-03T15:30:00+05:30", "2026-12-03T15:30+05:30", "2026-12-03T15:30:00Z", "2026-12-03t15:30:00z",
                "2026-12-03T15:30:00.123+01:00", "2026-12-03T15:30:00.123456789-08:00", "2026-02-29T10:00:00Z", "2028-02-29T10:00:00Z",
                "2026-13-01T10:00:00Z", "2026-12-03T25:00:00Z", "2026-12-03T15:30:00+19:00", "2026-12-03T15:30:00+05:60",
                "2026-12-03T15:30:00", "2026-12-03 15:30:00Z", "2026-12-03T15:30:00.Z", "2026-12-03T15:30:00.1234567891Z",
                "2026-12-03T15:30:00+0530", "2026-12-03T15:30:00+05:30[Asia/Kolkata]", "+12026-12-03T15:30:00Z", "-0001-01-01T00:00:00Z")) {
            same(text, OffsetDateTime::parse, IsoTimes::offsetDateTime);
        }
    }

    private static <T> void same(String text, Function<String, T> jdk, Function<String, T> quick) {
        T expected;
        try {
            expected = jdk.apply(text);
        } catch (RuntimeException e) {
            assertThatThrownBy(() -> quick.apply(text)).as(text).isInstanceOf(e.getClass());
            return;
        }
        assertThat(quick.apply(text)).as(text).isEqualTo(expected);
    }
}
