package io.shipgate.gateway.edd;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The business calendar of each country, read once at start from the class path: the weekends of
 * {@code holidays/weekends.csv} and the holidays of {@code holidays/<CC>/<year>.csv} (docs/decide.md,
 * and the README.md beside the files). A malformed file stops the start with its file, line and reason
 * ({@link CalendarFileException}) rather than bend EDDs quietly. A country without holiday files gets a
 * calendar of weekends only, and a warning in the log the first time it is asked for.
 */
@Component
public class BusinessCalendars {

    static final String LOCATION = "holidays";
    private static final Logger LOG = LoggerFactory.getLogger(BusinessCalendars.class);
    /** The last two segments of a holiday file's path: the country's folder and the year's file. */
    private static final Pattern HOLIDAY_FILE = Pattern.compile("([^/]+)/([^/]+)$");
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.csv");

    private final Map<String, BusinessCalendar> calendars;
    private final Map<String, Set<DayOfWeek>> weekends;
    /** Weekend-only calendars handed out so far, so that each such country is warned about once. */
    private final Map<String, BusinessCalendar> weekendsOnly = new ConcurrentHashMap<>();

    public BusinessCalendars() {
        this(LOCATION);
    }

    /** The calendars of the files under this class path folder (tests use folders of their own). */
    BusinessCalendars(String location) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Resource weekendFile = resolver.getResource("classpath:" + location + "/weekends.csv");
        if (!weekendFile.exists()) {
            throw new IllegalStateException("no weekends file: classpath:" + location + "/weekends.csv");
        }
        this.weekends = Map.copyOf(read(weekendFile, location + "/weekends.csv",
                CalendarFiles::weekends));
        Map<String, Map<Integer, Map<LocalDate, String>>> years = new TreeMap<>();
        Resource[] files;
        try {
            files = resolver.getResources("classpath*:" + location + "/*/*.csv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the holiday files under " + location, e);
        }
        for (Resource resource : files) {
            String path = path(resource);
            Matcher name = HOLIDAY_FILE.matcher(path);
            if (!name.find()) {
                throw new IllegalStateException("cannot tell the country and year of " + path);
            }
            String file = location + "/" + name.group(1) + "/" + name.group(2);
            String country = name.group(1);
            Matcher year = YEAR_FILE.matcher(name.group(2));
            if (!CalendarFiles.COUNTRY.matcher(country).matches() || !year.matches()) {
                throw new IllegalStateException(file + ": a holiday file is <CC>/<year>.csv (country code in capitals, four-digit year)");
            }
            int y = Integer.parseInt(year.group(1));
            Map<LocalDate, String> holidays = read(resource, file, (f, text) -> CalendarFiles.holidays(f, y, text));
            if (years.computeIfAbsent(country, c -> new TreeMap<>()).put(y, holidays) != null) {
                throw new IllegalStateException(file + " is on the class path twice");
            }
        }
        Map<String, BusinessCalendar> loaded = new HashMap<>();
        years.forEach((country, byYear) -> {
            Map<LocalDate, String> holidays = new HashMap<>();
            byYear.values().forEach(holidays::putAll);
            loaded.put(country, new BusinessCalendar(country, weekendOf(country), byYear.keySet(), holidays));
        });
        this.calendars = Map.copyOf(loaded);
        LOG.info("Business calendars loaded: {}", years.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().keySet()).toList());
    }

    /**
     * The calendar of a country (ISO 3166-1 alpha-2, any case). Without holiday files it has weekends
     * only and covers no year.
     */
    public BusinessCalendar of(String country) {
        BusinessCalendar known = country == null ? null : calendars.get(country);
        if (known != null) {
            // a code as stored (upper case, no spaces): no clean-up, no pattern (this runs for every EDD)
            return known;
        }
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!CalendarFiles.COUNTRY.matcher(code).matches()) {
            throw new IllegalArgumentException("not a country code (ISO 3166-1 alpha-2): " + country);
        }
        BusinessCalendar calendar = calendars.get(code);
        if (calendar != null) {
            return calendar;
        }
        return weekendsOnly.computeIfAbsent(code, c -> {
            LOG.warn("No holiday files for country {}: its business days are weekdays only (add {}/{}/<year>.csv)", c, LOCATION, c);
            return BusinessCalendar.weekendsOnly(c, weekendOf(c));
        });
    }

    /** The countries that have holiday files. */
    public Set<String> countries() {
        return new TreeSet<>(calendars.keySet());
    }

    private Set<DayOfWeek> weekendOf(String country) {
        return weekends.getOrDefault(country, weekends.get(CalendarFiles.EVERY_COUNTRY));
    }

    private interface Parser<T> {
        T parse(String file, BufferedReader text);
    }

    private static <T> T read(Resource resource, String file, Parser<T> parser) {
        try (BufferedReader text = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return parser.parse(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String path(Resource resource) {
        try {
            return resource.getURL().getPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot locate " + resource, e);
        }
    }
}
