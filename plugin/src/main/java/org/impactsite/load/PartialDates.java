package org.impactsite.load;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impactsite.model.PartialDate;

/** Dates as users write them: a year ({@code 2018}), a month ({@code 2020-09}) or a day ({@code 2021-06-10}). */
final class PartialDates {

    /** The hint shown with every refused date. */
    static final String HINT = "write a year (2018), a month (2020-09) or a day (2021-06-10)";

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private PartialDates() {
    }

    /**
     * The outcome of {@link #parse}: a date, or why not.
     *
     * @param impossible set when the text has the shape of a date that does not exist
     *                   ("February 2021 has 28 days"); null when the text is no date at all
     */
    record Result(PartialDate date, String impossible) {

        boolean ok() {
            return date != null;
        }
    }

    static Result parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return new Result(null, null);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1) {
            return new Result(null, "there is no year 0");
        }
        if (m.group(2) == null) {
            return new Result(PartialDate.ofYear(year), null);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return new Result(null, "there is no month " + month + "; months go from 01 to 12");
        }
        if (m.group(3) == null) {
            return new Result(PartialDate.ofMonth(year, month), null);
        }
        int day = Integer.parseInt(m.group(3));
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return new Result(null, monthName + " " + year + " has " + length + " days");
        }
        return new Result(PartialDate.ofDay(year, month, day), null);
    }
}
