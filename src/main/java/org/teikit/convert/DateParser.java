package org.teikit.convert;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.model.DateValue;

/**
 * Reads the dates of FRUS datelines: {@code June 24, 1986, 2346Z}, {@code April 8, 1964, 11 a.m.},
 * {@code January 10, 1949—11 p. m.}, {@code April 11, 1977, 4–5:25 p.m.}, {@code June 23–24, 1986},
 * {@code March 1985}, {@code 1985}. Exact dates give {@code when}; ranges and partial dates give
 * {@code notBefore}/{@code notAfter}. Stateless and thread-safe.
 */
final class DateParser {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan.", 1), Map.entry("feb.", 2), Map.entry("mar.", 3),
            Map.entry("apr.", 4), Map.entry("aug.", 8), Map.entry("sept.", 9), Map.entry("sep.", 9),
            Map.entry("oct.", 10), Map.entry("nov.", 11), Map.entry("dec.", 12));
    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern DATE = Pattern.compile(
            "^(?:" + MONTH + "(?:\\s+(?<day>\\d{1,2})(?:[–-](?<day2>\\d{1,2}))?,?)?\\s+)?(?<year>1[5-9]\\d\\d|20\\d\\d)"
            + "(?:(?:,\\s*|\\s*[—–-]\\s*|\\s+)(?<time>.+))?$");
    private static final Pattern ZULU = Pattern.compile("^(?<h>[01]\\d|2[0-3])(?<m>[0-5]\\d)Z$");
    private static final Pattern CLOCK = Pattern.compile(
            "^(?<h>\\d{1,2})(?:[:.](?<m>\\d{2}))?(?:\\s*[–-]\\s*(?<h2>\\d{1,2})(?:[:.](?<m2>\\d{2}))?)?"
            + "\\s*(?<half>[ap])\\.\\s?m\\.?$");

    Optional<DateValue> parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("undated") || t.equalsIgnoreCase("undated.")) {
            return Optional.of(new DateValue(null, null, null));
        }
        Matcher m = DATE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(value(m));
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30": not a date, so not a dateline
        }
    }

    private static DateValue value(Matcher m) {
        int year = Integer.parseInt(m.group("year"));
        if (m.group("month") == null) {
            return m.group("time") == null ? DateValue.between(year + "-01-01", year + "-12-31") : null;
        }
        int month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
        if (m.group("day") == null) {
            YearMonth ym = YearMonth.of(year, month);
            return m.group("time") == null ? DateValue.between(ym.atDay(1).toString(), ym.atEndOfMonth().toString()) : null;
        }
        LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group("day")));
        if (m.group("day2") != null) {
            LocalDate last = LocalDate.of(year, month, Integer.parseInt(m.group("day2")));
            return m.group("time") == null && last.isAfter(day) ? DateValue.between(day.toString(), last.toString()) : null;
        }
        return m.group("time") == null ? DateValue.exactly(day.toString()) : withTime(day, m.group("time").trim());
    }

    /** A date with a time of day; a time we cannot read leaves the day alone. */
    private static DateValue withTime(LocalDate day, String time) {
        Matcher z = ZULU.matcher(time);
        if (z.matches()) {
            return DateValue.exactly(day + "T" + z.group("h") + ":" + z.group("m") + ":00Z");
        }
        if (time.equalsIgnoreCase("noon")) {
            return DateValue.exactly(day + "T12:00:00");
        }
        Matcher c = CLOCK.matcher(time);
        if (!c.matches()) {
            return DateValue.exactly(day.toString());
        }
        boolean pm = c.group("half").equals("p");
        if (c.group("h2") == null) {
            return DateValue.exactly(day + "T" + clock(c.group("h"), c.group("m"), pm));
        }
        String end = clock(c.group("h2"), c.group("m2"), pm);
        // "4–5:25 p.m.": the start shares the end's half of the day unless that would put it after the end
        String start = clock(c.group("h"), c.group("m"), pm);
        if (start.compareTo(end) > 0) {
            start = clock(c.group("h"), c.group("m"), false);
        }
        return DateValue.between(day + "T" + start, day + "T" + end);
    }

    private static String clock(String hours, String minutes, boolean pm) {
        int h = Integer.parseInt(hours);
        if (h < 1 || h > 12) {
            throw new DateTimeException("hour " + h);
        }
        int h24 = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        if (min > 59) {
            throw new DateTimeException("minute " + min);
        }
        return String.format(Locale.ROOT, "%02d:%02d:00", h24, min);
    }
}
