package org.teikit.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.teikit.model.DateValue;

class DateParserTest {
    private final DateParser dates = new DateParser();

    private DateValue parse(String s) {
        return dates.parse(s).orElseThrow(() -> new AssertionError("not a date: " + s));
    }

    @Test
    void exactDatesAndTimes() {
        assertEquals(DateValue.exactly("1986-06-24T23:46:00Z"), parse("June 24, 1986, 2346Z"));
        assertEquals(DateValue.exactly("1986-06-24"), parse("June 24, 1986"));
        assertEquals(DateValue.exactly("1964-04-08T11:00:00"), parse("April 8, 1964, 11 a.m."));
        assertEquals(DateValue.exactly("1949-01-10T23:00:00"), parse("January 10, 1949—11 p. m."));
        assertEquals(DateValue.exactly("1958-06-05T21:39:00"), parse("June 5, 1958—9:39 p.m."));
        assertEquals(DateValue.exactly("1958-06-05T12:00:00"), parse("June 5, 1958, noon"));
    }

    @Test
    void rangesAndPartialDates() {
        assertEquals(DateValue.between("1977-04-11T16:00:00", "1977-04-11T17:25:00"), parse("April 11, 1977, 4–5:25 p.m."));
        assertEquals(DateValue.between("1986-06-23", "1986-06-24"), parse("June 23–24, 1986"));
        assertEquals(DateValue.between("1985-02-01", "1985-02-28"), parse("February 1985"));
        assertEquals(DateValue.between("1985-01-01", "1985-12-31"), parse("1985"));
    }

    @Test
    void undatedAndNonDates() {
        assertEquals(false, parse("undated").isKnown());
        assertTrue(dates.parse("February 30, 1985").isEmpty());
        assertTrue(dates.parse("the next day").isEmpty());
    }
}
