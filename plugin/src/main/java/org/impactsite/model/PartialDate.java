package org.impactsite.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date known to a year, a month or a day: {@code 2018}, {@code 2020-09}, {@code 2021-06-10}.
 * {@code month} and {@code day} are 0 when not known. Always a real calendar date.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    public PartialDate {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != 0 && day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day);
        }
        if (day < 0) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    /** The first day this date covers (1 January for a year). */
    public LocalDate firstDay() {
        return LocalDate.of(year, hasMonth() ? month : 1, hasDay() ? day : 1);
    }

    /** The last day this date covers (31 December for a year). */
    public LocalDate lastDay() {
        if (hasDay()) {
            return LocalDate.of(year, month, day);
        }
        if (hasMonth()) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /** ISO 8601 at this date's precision: {@code 2020}, {@code 2020-09}, {@code 2020-09-15}. */
    public String iso() {
        StringBuilder s = new StringBuilder(10);
        digits(s, year, 4);
        if (hasMonth()) {
            digits(s.append('-'), month, 2);
        }
        if (hasDay()) {
            digits(s.append('-'), day, 2);
        }
        return s.toString();
    }

    /** {@code n} in ASCII digits, at least {@code width} of them (whatever the JVM's default locale). */
    private static void digits(StringBuilder s, int n, int width) {
        String d = Integer.toString(n);
        for (int i = d.length(); i < width; i++) {
            s.append('0');
        }
        s.append(d);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = firstDay().compareTo(o.firstDay());
        return c != 0 ? c : lastDay().compareTo(o.lastDay());
    }

    @Override
    public String toString() {
        return iso();
    }
}
